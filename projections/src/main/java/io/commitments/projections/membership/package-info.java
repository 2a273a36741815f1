/** The command side's membership lookup: current members, coordinators and open commitments per performer. */
package io.commitments.projections.membership;
