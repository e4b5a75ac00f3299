package org.pathwork.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workflow module's beans without a web layer, for integration tests. */
@SpringBootApplication
public class WorkflowTestApplication {
}
