package io.commitments.security;

import io.commitments.core.api.person.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On the first start there is nobody to sign in as: create the administrator, with the password from
 * {@code COMMITMENTS_ADMIN_PASSWORD}, or a generated one printed once to the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final PersonAccounts accounts;
    private final PersonRegistration registration;
    private final AdminSettings settings;

    AdminBootstrap(PersonAccounts accounts, PersonRegistration registration, AdminSettings settings) {
        this.accounts = accounts;
        this.registration = registration;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? generatePassword() : settings.password();
        try {
            registration.register(settings.username(), "Administrator", password, null, Set.of(Role.ADMIN));
        } catch (UsernameTakenException anotherNodeWasFirst) {
            return;
        }
        if (generated) {
            log.warn("Created administrator '{}' with generated password: {}  "
                    + "(shown once; set COMMITMENTS_ADMIN_PASSWORD to choose it)", settings.username(), password);
        } else {
            log.info("Created administrator '{}' with the password from COMMITMENTS_ADMIN_PASSWORD",
                    settings.username());
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
