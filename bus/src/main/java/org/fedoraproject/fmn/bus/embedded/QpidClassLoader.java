package org.fedoraproject.fmn.bus.embedded;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Loads Qpid Broker-J's classes so that they run on current JDKs. Qpid finds who is acting
 * with {@code Subject.getSubject(AccessController.getContext())}, which throws on JDK 24 and
 * later (the Security Manager is gone); {@code Subject.current()} (JDK 18 and later) answers
 * the same question in every JDK, inside {@code Subject.doAs} as well as {@code callAs}.
 *
 * <p>It also gives a rejected message RabbitMQ's fate. Qpid requeues a message rejected (or
 * nacked) without requeue unless the queue has a maximum delivery count and the message
 * reached it; RabbitMQ dead-letters it to the queue's dead-letter exchange, or drops it when
 * there is none, and FMN's roles rely on that to set poison messages aside. Here a reject
 * without requeue always takes Qpid's dead-letter path: to the queue's alternate exchange, or
 * nowhere.
 *
 * <p>This loader defines Qpid's classes itself with those calls replaced, and leaves every
 * other class to its parent.
 */
final class QpidClassLoader extends ClassLoader {

    private static final String QPID = "org.apache.qpid.";
    private static final String SUBJECT = "javax/security/auth/Subject";
    private static final String GET_SUBJECT = "(Ljava/security/AccessControlContext;)Ljavax/security/auth/Subject;";
    private static final String CHANNEL = "org/apache/qpid/server/protocol/v0_8/AMQChannel";

    static {
        registerAsParallelCapable();
    }

    QpidClassLoader(ClassLoader parent) {
        super("fmn-embedded-qpid", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(QPID)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] patched = patch(read(name));
                loaded = defineClass(name, patched, 0, patched.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] read(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    /**
     * The class with every {@code Subject.getSubject(context)} made {@code Subject.current()},
     * and AMQP 0-9-1's reject and nack dead-lettering whatever is not requeued.
     */
    static byte[] patch(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        boolean channel = CHANNEL.equals(reader.getClassName());
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                boolean rejecting = channel && ("receiveBasicReject".equals(name) || "receiveBasicNack".equals(name));
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String type, boolean isInterface) {
                        if (rejecting && CHANNEL.equals(owner) && "(J)Z".equals(type)
                                && ("isMaxDeliveryCountEnabled".equals(method) || "isDeliveredTooManyTimes".equals(method))) {
                            changed[0] = true;
                            super.visitInsn(Opcodes.POP2); // the delivery tag
                            super.visitInsn(Opcodes.POP); // the channel
                            super.visitInsn(Opcodes.ICONST_1);
                        } else if (opcode == Opcodes.INVOKESTATIC && SUBJECT.equals(owner) && "getSubject".equals(method)
                                && GET_SUBJECT.equals(type)) {
                            changed[0] = true;
                            super.visitInsn(Opcodes.POP); // the context, which current() does not need
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, SUBJECT, "current", "()Ljavax/security/auth/Subject;", false);
                        } else {
                            super.visitMethodInsn(opcode, owner, method, type, isInterface);
                        }
                    }
                };
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : bytes;
    }
}
