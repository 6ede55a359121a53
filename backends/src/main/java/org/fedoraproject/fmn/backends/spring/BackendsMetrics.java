package org.fedoraproject.fmn.backends.spring;

import java.util.List;

import org.fedoraproject.fmn.backends.http.ServiceClient;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The clients' meters, by {@code service} ({@code FASJSON}, {@code dist-git}):
 * {@code fmn.backends.requests} (requests sent, retries included) and
 * {@code fmn.backends.waiting} (lookups waiting for their turn under
 * {@code fmn.backends.max-concurrent}).
 */
final class BackendsMetrics implements MeterBinder {

    private final List<ServiceClient> clients;

    BackendsMetrics(List<ServiceClient> clients) {
        this.clients = List.copyOf(clients);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ServiceClient client : clients) {
            FunctionCounter.builder("fmn.backends.requests", client, ServiceClient::requests)
                    .description("Requests sent to the service, retries included")
                    .tag("service", client.service())
                    .register(registry);
            Gauge.builder("fmn.backends.waiting", client, ServiceClient::waiting)
                    .description("Lookups waiting for their turn to ask the service")
                    .tag("service", client.service())
                    .register(registry);
        }
    }
}
