package org.fedoraproject.fmn.database;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of a Spring transaction manager: work joins a transaction already running on the
 * thread (the repositories' own calls do the same), or starts one.
 */
public final class JdbcTransactions implements Transactions {

    private final TransactionTemplate template;

    public JdbcTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
