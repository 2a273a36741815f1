/** A harness that runs real nodes of the application on one PostgreSQL, loads them, injects faults and counts what was lost. */
package io.commitments.reliability;
