/** The HTTP API of ../shared/API.md: controllers that send commands and queries, and problem details. */
package io.commitments.web;
