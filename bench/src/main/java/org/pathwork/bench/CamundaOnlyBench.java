package org.pathwork.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.DbIdGenerator;
import org.camunda.bpm.engine.task.Task;
import org.pathwork.workflow.config.PathworkProperties;

/**
 * The anchor of the lifecycle figures: the placement's BPMN model (processes:
 * bpmn/placement-lifecycle.bpmn) driven by Camunda alone, on a database of its own on the same
 * PostgreSQL, in the same run and JVM as the application, with no Axon, read models or services. Its
 * lifecycles per second say how fast the engine alone takes a placement's process steps; the
 * application's lifecycles divided by these say how much of a lifecycle is ours.
 *
 * <p>What is the same as in the application:
 * <ul>
 *   <li>the model, deployed from the same classpath resource;</li>
 *   <li>the engine's settings that weigh on a step, copied from the application's engine: history level
 *       (pathwork-timeline, the application's own), id generator, JDBC batching, metrics, the history time-to-live rule and removal-time
 *       strategy, an active job executor;</li>
 *   <li>a HikariCP pool of the application's size and driver properties (without the application's
 *       FairDataSource in front of it);</li>
 *   <li>the process steps of one lifecycle of {@code BenchMain.lifecycles}, in the same order and with
 *       the same variables as {@code PlacementProcessBridge} sets them: the instance started with the
 *       placement id as business key and placementId, studentId, plannedStartAt, plannedEndAt,
 *       reviewDueAt, hoursReminderAfter; the review completed with decision, guardianConsentRequired
 *       and supervisorId; the start task completed; FinalReflectionSubmitted correlated; the reflection's
 *       review completed with reflectionDecision; PlacementEnded correlated; the final evaluation and the
 *       sign-off completed. Messages are correlated by business key, as the bridge does; tasks are found
 *       by business key and task definition key, as the bridge's SQL finds them, here through
 *       {@link TaskService}'s query.</li>
 * </ul>
 * What is not: the seven commands of a lifecycle that take no process step (four hours entries,
 * feedback, a journal reflection, and the final reflection's own command) are not taken at all; nor is
 * the bridge's look-up of an open reminder on each hours entry. Each engine call is a transaction of
 * its own (the application takes a command and its process step in one). The model's three
 * delegates are registered under the application's bean names: the supervisor-silence check sets
 * supervisorSilent and silenceCheckAt from the process's own variables, with no query (the
 * application's delegate reads the subprocess's activeSince and the read model); the two that
 * send commands from timers do nothing, and their timers are days away and never fire in the bench.
 */
final class CamundaOnlyBench implements AutoCloseable {

    /** The ids of the model this bench relies on, as workflow's PlacementProcess names them. */
    static final String BPMN = "bpmn/placement-lifecycle.bpmn";
    static final String KEY = "placement_lifecycle";
    static final String REVIEW_APPLICATION = "user_task_review_application";
    static final String START_PLACEMENT = "user_task_start_placement";
    static final String REVIEW_REFLECTION = "user_task_review_reflection";
    static final String FINAL_EVALUATION = "user_task_final_evaluation";
    static final String SIGN_OFF_COMPLETION = "user_task_sign_off_completion";
    static final String MSG_FINAL_REFLECTION_SUBMITTED = "FinalReflectionSubmitted";
    static final String MSG_PLACEMENT_ENDED = "PlacementEnded";

    private final String database;
    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PathworkProperties settings;
    private final Clock clock;

    private CamundaOnlyBench(String database, HikariDataSource pool, ProcessEngine engine, PathworkProperties settings,
                             Clock clock) {
        this.database = database;
        this.pool = pool;
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates the database, builds the engine on it with the application engine's settings, and
     * deploys the model. The caller drops the database (close does not, so that a failed start
     * leaves nothing behind either).
     */
    static CamundaOnlyBench open(String database, HikariDataSource applicationPool, ProcessEngine application,
                                 PathworkProperties settings, Clock clock) throws SQLException {
        BenchMain.admin("create database " + database);
        HikariDataSource pool = BenchMain.poolLike(applicationPool, database, "camunda-only");
        try {
            ProcessEngineConfigurationImpl app = (ProcessEngineConfigurationImpl) application.getProcessEngineConfiguration();
            StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
            config.setProcessEngineName("camunda-only-bench");
            config.setDataSource(pool);
            config.setDatabaseSchemaUpdate("true");
            config.setCustomHistoryLevels(app.getCustomHistoryLevels());
            config.setHistory(app.getHistoryLevel().getName());
            config.setIdGenerator(sameKindAs(app.getIdGenerator()));
            config.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
            config.setMetricsEnabled(app.isMetricsEnabled());
            config.setDbMetricsReporterActivate(app.isDbMetricsReporterActivate());
            config.setTaskMetricsEnabled(app.isTaskMetricsEnabled());
            config.setEnforceHistoryTimeToLive(app.isEnforceHistoryTimeToLive());
            config.setHistoryRemovalTimeStrategy(app.getHistoryRemovalTimeStrategy());
            boolean jobExecutor = app.getJobExecutor() != null && app.getJobExecutor().isActive();
            config.setJobExecutorActivate(jobExecutor);
            Map<Object, Object> beans = new HashMap<>();
            beans.put("supervisorSilenceDelegate", silenceCheck(clock));
            beans.put("endPlacementDelegate", (JavaDelegate) execution -> { });
            beans.put("hoursConfirmationReminderDelegate", (JavaDelegate) execution -> { });
            config.setBeans(beans);
            ProcessEngine engine = config.buildProcessEngine();
            engine.getRepositoryService().createDeployment().name("camunda-only-bench").addClasspathResource(BPMN)
                    .deploy();
            BenchMain.log("camunda alone: engine on %s, %d connections, history %s (removal time from %s), ids %s,"
                            + " JDBC batching %s, job executor %s", database, pool.getMaximumPoolSize(),
                    config.getHistoryLevel().getName(), config.getHistoryRemovalTimeStrategy(),
                    config.getIdGenerator() == null ? "from the database" : config.getIdGenerator().getClass().getSimpleName(),
                    config.isJdbcBatchProcessing(), jobExecutor ? "on" : "off");
            return new CamundaOnlyBench(database, pool, engine, settings, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    String database() {
        return database;
    }

    /**
     * The process steps of one lifecycle of BenchMain.lifecycles: apply, approve, start, (4 × hours,
     * feedback, journal: no step), final reflection, accept, end, evaluation, sign-off.
     */
    void lifecycle(String studentId, String supervisorId, LocalDate plannedStart, LocalDate plannedEnd) {
        String process = active(studentId, supervisorId, plannedStart, plannedEnd);
        correlate(process, MSG_FINAL_REFLECTION_SUBMITTED);
        complete(process, REVIEW_REFLECTION, Map.of("reflectionDecision", "accepted"));
        correlate(process, MSG_PLACEMENT_ENDED);
        complete(process, FINAL_EVALUATION, Map.of());
        complete(process, SIGN_OFF_COMPLETION, Map.of());
    }

    /**
     * An instance taken as far as an active placement (apply, approve, start), as World.activePlacement
     * takes the application's: the population the engine's tables hold besides the lifecycles under way.
     * Returns the process instance's id: the steps after the start find it by id, as the application's
     * bridge does with the id its commands' locking read brings (placement_process).
     */
    String active(String studentId, String supervisorId, LocalDate plannedStart, LocalDate plannedEnd) {
        String placementId = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put("plannedStartAt", Date.from(plannedStart.atStartOfDay(settings.timeZone()).toInstant()));
        variables.put("plannedEndAt", Date.from(plannedEnd.plusDays(1).atStartOfDay(settings.timeZone()).toInstant()));
        variables.put("placementId", placementId);
        variables.put("studentId", studentId);
        variables.put("reviewDueAt", Date.from(clock.instant().plus(settings.reviewDue())));
        variables.put("hoursReminderAfter", settings.hoursReminder().toString());
        String process = runtime.startProcessInstanceByKey(KEY, placementId, variables).getId();
        complete(process, REVIEW_APPLICATION, Map.of("decision", "approved", "guardianConsentRequired", false,
                "supervisorId", supervisorId));
        complete(process, START_PLACEMENT, Map.of());
        return process;
    }

    private void complete(String process, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("camunda alone: process " + process + " has no open task " + taskKey);
        }
        tasks.complete(task.getId(), variables);
    }

    private void correlate(String process, String message) {
        runtime.createMessageCorrelation(message).processInstanceId(process).correlateWithResult();
    }

    /**
     * service_task_check_supervisor_silence without its queries: right after the start nobody has been
     * silent, so the check is due a reminder period from now, which is what the application's delegate
     * finds on a placement that has just become active.
     */
    private static JavaDelegate silenceCheck(Clock clock) {
        return execution -> {
            Duration period = Duration.parse((String) execution.getVariable("hoursReminderAfter"));
            execution.setVariable("supervisorSilent", false);
            execution.setVariable("silenceCheckAt", Date.from(clock.instant().plus(period)));
        };
    }

    /** A new generator of the application engine's kind; null (the engine makes its own) for the database's. */
    private static IdGenerator sameKindAs(IdGenerator application) {
        if (application == null || application instanceof DbIdGenerator) {
            return null;
        }
        try {
            return application.getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("camunda alone: cannot make an id generator like the application's "
                    + application.getClass().getName(), e);
        }
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            pool.close();
        }
    }
}
