package org.fedoraproject.fmn.database;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of a Spring transaction manager: work joins a transaction already running on the
 * thread (the repositories' own calls do the same), or starts one.
 */
public final class JdbcTransactions implements Transactions {

    private final TransactionTemplate template;
    private final TransactionTemplate reading;

    public JdbcTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        reading.setReadOnly(true);
    }

    @Override
    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }
}
