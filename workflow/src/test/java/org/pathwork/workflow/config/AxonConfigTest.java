package org.pathwork.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;

class AxonConfigTest {

    @Test
    void axonsUpdateCheckerIsOptedOutOfBeforeAxonStarts() throws Exception {
        Class.forName(AxonConfig.class.getName()); // Spring loads it before it builds Axon's components
        // what Axon's update checker module asks, from the command line, the environment and ~/.axoniq
        assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
    }
}
