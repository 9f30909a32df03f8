package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Test-only: the server's heap, for the large import's measurement. {@code POST} collects garbage and resets the
 * heap pools' peaks; {@code GET} answers the heap used now and the sum of the pools' peaks since (an upper bound of
 * the peak heap: the pools peak at different moments). Never part of the production WAR.
 */
@Path("/test-support/memory")
@RequestScoped
public class TestMemoryResource {

    @POST
    public void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state() {
        long peak = heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return Json.createObjectBuilder().add("usedBytes", used).add("peakBytes", peak).add("maxBytes", max)
                .build().toString();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
