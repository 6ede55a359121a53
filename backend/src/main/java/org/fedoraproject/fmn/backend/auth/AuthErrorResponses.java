package org.fedoraproject.fmn.backend.auth;

import java.io.IOException;

import org.fedoraproject.fmn.backend.problem.Detail;
import org.fedoraproject.fmn.message.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's answers to callers it does not let in, in FMN's (FastAPI's) shape
 * {@code {"detail": "..."}}, which FMN's web frontend shows: 401 with {@code WWW-Authenticate:
 * Bearer} when no token names a caller ("Not authenticated", "Token expired", ...), 403 on an
 * admin path for a caller outside the admin groups ("Not an admin").
 */
final class AuthErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail = "Not authenticated";
        String challenge = "Bearer";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            detail = oauth.getError().getDescription();
            challenge = "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Not an admin");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(Json.MAPPER.writeValueAsBytes(new Detail(detail)));
    }
}
