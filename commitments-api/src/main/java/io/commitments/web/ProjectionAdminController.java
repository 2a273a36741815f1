package io.commitments.web;

import io.commitments.config.ProjectionRebuilds;
import io.commitments.config.ProjectionRebuilds.ProjectionStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Operators' view of the projections: their positions, and rebuilding them from the event store. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProjectionStatus> list() {
        return rebuilds.status();
    }

    @GetMapping("/{name}")
    ProjectionStatus get(@PathVariable String name) {
        return rebuilds.status(name).orElseThrow(() -> unknown(name));
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        if (!rebuilds.rebuild(name)) {
            throw unknown(name);
        }
        return ResponseEntity.accepted().body(rebuilds.status(name).orElseThrow());
    }

    @PostMapping("/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuildAll() {
        rebuilds.rebuildAll();
        return ResponseEntity.accepted().body(rebuilds.status());
    }

    private static NotFoundException unknown(String name) {
        return new NotFoundException("projection.not-found", "no projection " + name);
    }
}
