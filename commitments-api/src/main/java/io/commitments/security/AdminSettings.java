package io.commitments.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The administrator created on first start ({@code COMMITMENTS_ADMIN_USERNAME} / {@code _PASSWORD}). */
@ConfigurationProperties("commitments.admin")
public record AdminSettings(@DefaultValue("admin") String username, String password) {
}
