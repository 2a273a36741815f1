/** Messages about people, who act for organisations or for the partnership in a role. */
package io.commitments.core.api.person;
