/** Wiring: the event store, serialisation, event processing and start-up reporting. */
package io.commitments.config;
