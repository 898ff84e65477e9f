package org.thinkfamily.hub.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who read what, when and why (auditors)")
class IntegrityController {

    private final HistoryChain chain;

    IntegrityController(HistoryChain chain) {
        this.chain = chain;
    }

    @GetMapping("/api/v1/audit/integrity")
    @Operation(
            summary = "The history chain's last link: record it outside the hub and hold a later "
                    + "'replay-tools verify --anchor' to it")
    HistoryChain.ChainHead head() {
        return chain.head();
    }
}
