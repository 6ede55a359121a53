package org.fedoraproject.fmn.app.server;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports unknown settings as a refused start, without a stack trace to read through. */
public final class UnknownSettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsCheck.UnknownSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, SettingsCheck.UnknownSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct or remove the setting; `fmn settings` lists every setting FMN has.", cause);
    }
}
