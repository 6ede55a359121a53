package org.fedoraproject.fmn.backend.problem;

/**
 * An error body as FMN's API (FastAPI) writes it, {@code {"detail": "..."}}: FMN's web frontend
 * shows the {@code detail} to the user.
 */
public record Detail(Object detail) {
}
