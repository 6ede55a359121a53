package org.fedoraproject.fmn.schema.kerneltest;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of kerneltest-messages: kernel test uploads and release set-up. */
public final class KerneltestSchemas implements SchemaPackage {

    // Upstream names nobody in usernames, not even the agent, and never links anywhere.
    private static final SchemaDefinition KERNELTEST = SchemaDefinition.template()
            .appName("kerneltest")
            .appIcon("https://apps.fedoraproject.org/img/icons/kerneltest.png")
            .agentName(m -> JsonValues.string(m.body(), "agent"))
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            KERNELTEST.named("kerneltest.upload.new.v1")
                    .summary(m -> agent(m) + " uploaded new kernel test results for "
                            + field(m, "test", "kernel_version")),
            KERNELTEST.named("kerneltest.release.new.v1")
                    .summary(m -> agent(m) + " created a new release " + field(m, "release", "releasenum")
                            + " with status " + field(m, "release", "support")),
            KERNELTEST.named("kerneltest.release.edit.v1")
                    .summary(m -> agent(m) + " edited release " + field(m, "release", "releasenum")
                            + " with status " + field(m, "release", "support")));

    @Override
    public String name() {
        return "kerneltest-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** The agent as the summaries print it: "None" when absent. */
    private static String agent(Message m) {
        return JsonValues.str(m.body(), "agent");
    }

    /** Python's {@code str(body[outer][inner])}: fails when a key is missing. */
    private static String field(Message m, String outer, String inner) {
        return PythonFormat.str(m.body().required(outer).required(inner));
    }
}
