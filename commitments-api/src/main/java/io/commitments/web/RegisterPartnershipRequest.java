package io.commitments.web;

import io.commitments.core.api.Require;
import io.commitments.core.api.partnership.DecisionRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RegisterPartnershipRequest(@NotBlank @Size(max = Require.MAX_NAME_LENGTH) String name,
                                  @NotNull DecisionRule decisionRule,
                                  @NotNull @Min(1) @Max(1000) Integer quorum) {
}
