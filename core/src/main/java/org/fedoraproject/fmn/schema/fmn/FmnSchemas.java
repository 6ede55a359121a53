package org.fedoraproject.fmn.schema.fmn;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

/**
 * The schemas of fmn-messages: FMN announcing changes to a user's notification rules. They only
 * name the application; summary and text are fedora-messaging's defaults (the topic, and the
 * dump of the whole message). Nobody is named, not even the rule's owner.
 */
public final class FmnSchemas implements SchemaPackage {

    private static final SchemaDefinition FMN = SchemaDefinition.template()
            .appName("FMN")
            .appIcon("https://apps.fedoraproject.org/img/icons/fedmsg.png");

    private static final List<Schema> SCHEMAS = List.of(
            FMN.named("fmn.rule.create.v1"),
            FMN.named("fmn.rule.update.v1"),
            FMN.named("fmn.rule.delete.v1"));

    @Override
    public String name() {
        return "fmn-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }
}
