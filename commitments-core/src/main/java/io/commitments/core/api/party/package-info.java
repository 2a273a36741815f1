/** Identifiers of the parties who act: organisations and the people who act for them. */
package io.commitments.core.api.party;
