package org.fedoraproject.fmn.app.auth;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only API endpoint that answers with the caller, on a path that needs a token and one that needs an admin. */
@RestController
public class CallerController {

    @GetMapping("/api/v1/test/caller")
    Identity caller(Identity caller) {
        return caller;
    }

    @GetMapping("/api/v1/admin/test/caller")
    Identity admin(Identity caller) {
        return caller;
    }
}
