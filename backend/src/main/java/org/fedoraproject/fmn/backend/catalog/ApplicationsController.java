package org.fedoraproject.fmn.backend.catalog;

import java.util.List;

import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/applications}: every application FMN knows messages of, as its schemas
 * name them, for the application filters of a rule. The list is fixed for a build, so it is
 * made once.
 */
@RestController
class ApplicationsController {

    private final List<String> applications = SchemaRegistry.standard().applicationNames();

    @GetMapping("/api/v1/applications")
    List<String> applications() {
        return applications;
    }
}
