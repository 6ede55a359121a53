package org.fedoraproject.fmn.backend.health;

import java.util.List;

import org.fedoraproject.fmn.backend.problem.Detail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * FMN's health endpoints: {@code healthz/live} answers while the process serves HTTP,
 * {@code healthz/ready} only while every {@link ReadinessCheck} passes (the database reachable
 * and migrated, ...), so a load balancer sends no calls before the API can answer them. A
 * failing check answers 500 with its reason, as FMN's API does.
 */
@RestController
@RequestMapping("/api/v1/healthz")
class HealthController {

    private final List<ReadinessCheck> checks;

    HealthController(List<ReadinessCheck> checks) {
        this.checks = checks;
    }

    @GetMapping("/live")
    Detail live() {
        return new Detail("OK");
    }

    @GetMapping("/ready")
    ResponseEntity<Detail> ready() {
        for (ReadinessCheck check : checks) {
            String problem = check.problem();
            if (problem != null) {
                return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new Detail(problem));
            }
        }
        return ResponseEntity.ok(new Detail("OK"));
    }
}
