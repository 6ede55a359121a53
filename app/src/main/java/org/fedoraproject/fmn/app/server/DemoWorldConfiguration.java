package org.fedoraproject.fmn.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.message.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;

/**
 * The account system and dist-git of the embedded default: read once from the demo folder's
 * {@code directory.json} and {@code distgit.json} (FASJSON's and Pagure's shapes). A deployment
 * that configures FASJSON ({@code fmn.fasjson.url}) or Pagure ({@code fmn.distgit.url}) gets
 * their clients from {@code BackendsConfiguration}, imported before this one, and this one
 * makes none of its own.
 */
@Configuration(proxyBeanMethods = false)
class DemoWorldConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Directory directory(@Value("${fmn.demo.dir}") Path demo) {
        return read(demo.resolve("directory.json"), InMemoryDirectory::fromJson);
    }

    /** The demo dist-git, both as matching's {@link Forge} and as the API's {@link ProjectCatalog}. */
    @Bean
    @ConditionalOnMissingBean(Forge.class)
    InMemoryForge forge(@Value("${fmn.demo.dir}") Path demo) {
        return read(demo.resolve("distgit.json"), InMemoryForge::fromJson);
    }

    private static <T> T read(Path file, Function<JsonNode, T> convert) {
        try {
            return convert.apply(Json.parseUtf8(Files.readAllBytes(file), file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
