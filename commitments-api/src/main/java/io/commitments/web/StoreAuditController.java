package io.commitments.web;

import io.commitments.audit.Ledger;
import io.commitments.audit.StoreVerification;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Auditors' and administrators' verification of the whole event store: every partnership's history at once. */
@RestController
@RequestMapping("/api/ledger")
class StoreAuditController {

    private final Ledger ledger;

    StoreAuditController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/verify")
    StoreVerification verifyAll() {
        return ledger.verifyAll();
    }
}
