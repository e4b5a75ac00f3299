package org.pathwork.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workflow module's beans and the benchmark's helpers, without a web layer. */
@SpringBootApplication(scanBasePackages = {"org.pathwork.workflow", "org.pathwork.bench"})
public class BenchApplication {
}
