package org.fedoraproject.fmn.schema;

import org.fedoraproject.fmn.message.Message;

/**
 * fedora-messaging's {@code Message.__str__}: the text of any schema that does not write its
 * own, and of messages whose schema is unknown.
 */
public final class DefaultText {

    private DefaultText() {
    }

    public static String of(Message message) {
        return "Id: " + message.id()
                + "\nTopic: " + message.topic()
                + "\nHeaders: " + PythonFormat.jsonDumpsIndented(message.headers())
                + "\nBody: " + PythonFormat.jsonDumpsIndented(message.body());
    }
}
