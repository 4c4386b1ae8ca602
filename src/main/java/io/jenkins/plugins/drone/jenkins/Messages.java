package io.jenkins.plugins.drone.jenkins;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-visible text of the Jenkins integration, one typed accessor per key of {@code Messages.properties}
 * (localisable), so a missing key or a wrong argument count fails at compile time, not on a page.
 */
public final class Messages {

    private static final String BUNDLE = "io.jenkins.plugins.drone.jenkins.Messages";

    private Messages() {}

    public static String dockerHostPropertyDisplayName() {
        return format("DockerHostProperty.displayName");
    }

    public static String dockerHostPropertyOffline() {
        return format("DockerHostProperty.offline");
    }

    public static String dronePipelineJobDisplayName() {
        return format("DronePipelineJob.displayName");
    }

    public static String droneSettingsDisplayName() {
        return format("DroneSettings.displayName");
    }

    public static String pipelinesActionDisplayName() {
        return format("PipelinesAction.displayName");
    }

    public static String stepChipsColumnDisplayName() {
        return format("StepChipsColumn.displayName");
    }

    public static String logRedactionNote(String user, java.util.Date when) {
        return format("LogRedaction.note", user, when);
    }

    public static String yamlLintNoRepository() {
        return format("YamlLint.noRepository");
    }

    public static String yamlLintNoFile(String path, String ref) {
        return format("YamlLint.noFile", path, ref);
    }

    public static String yamlLintNoProblems() {
        return format("YamlLint.noProblems");
    }

    public static String dronePipelineStepDisplayName() {
        return format("DronePipelineStep.displayName");
    }

    public static String convertToDroneActionDisplayName() {
        return format("ConvertToDroneAction.displayName");
    }

    public static String convertToDroneActionJobExists(String name) {
        return format("ConvertToDroneAction.jobExists", name);
    }

    public static String convertToDroneActionRepositoryRequired() {
        return format("ConvertToDroneAction.repositoryRequired");
    }

    public static String convertToDroneActionUnreadable(String problem) {
        return format("ConvertToDroneAction.unreadable", problem);
    }

    public static String convertToDroneActionDescription(String jobFullName) {
        return format("ConvertToDroneAction.description", jobFullName);
    }

    public static String droneSecretDisplayName() {
        return format("DroneSecret.displayName");
    }

    public static String registryCredentialDisplayName() {
        return format("RegistryCredential.displayName");
    }

    public static String gitCredentialDisplayName() {
        return format("GitCredential.displayName");
    }

    public static String gitCredentialUnknown(String id) {
        return format("GitCredential.unknown", id);
    }

    public static String testConnectionRefs(int count, String refs) {
        return format("DronePipelineJob.testConnectionRefs", count, refs);
    }

    public static String droneCronTriggerDisplayName() {
        return format("DroneCronTrigger.displayName");
    }

    public static String droneCronTriggerNoSchedule() {
        return format("DroneCronTrigger.noSchedule");
    }

    public static String droneCronCauseDescription(String name) {
        return format("DroneCronCause.description", name);
    }

    public static String repositoryPollTriggerDisplayName() {
        return format("RepositoryPollTrigger.displayName");
    }

    public static String commitCauseDescription(String shortCommit) {
        return format("CommitCause.description", shortCommit);
    }

    public static String webhookCauseDescription(String forge, String event, String ref) {
        return format("WebhookCause.description", forge, event, ref);
    }

    public static String forgeSlugRequired() {
        return format("ForgeLink.slugRequired");
    }

    public static String forgeSlugInvalid(String slug) {
        return format("ForgeLink.slugInvalid", slug);
    }

    public static String forgeWebhookSecretMissing() {
        return format("ForgeLink.webhookSecretMissing");
    }

    public static String forgeApiUrlInvalid(String url) {
        return format("ForgeLink.apiUrlInvalid", url);
    }

    public static String redeployActionDisplayName() {
        return format("RedeployAction.displayName");
    }

    public static String redeployTargetInvalid(String target) {
        return format("RedeployAction.targetInvalid", target);
    }

    public static String redeployEventInvalid(String event) {
        return format("RedeployAction.eventInvalid", event);
    }

    public static String redeployNoCommit() {
        return format("RedeployAction.noCommit");
    }

    public static String redeployCauseDescription(String event, int parent) {
        return format("RedeployCause.description", event, Integer.toString(parent));
    }

    public static String postRequired() {
        return format("postRequired");
    }

    public static String repositoryUrlRequired() {
        return format("DronePipelineJob.repositoryUrlRequired");
    }

    public static String repositoryUrlInvalid(String url, String problem) {
        return format("DronePipelineJob.repositoryUrlInvalid", url, problem);
    }

    public static String agentLabelInvalid(String label, String problem) {
        return format("DronePipelineJob.agentLabelInvalid", label, problem);
    }

    public static String agentLabelMatchesNothing(String label) {
        return format("DronePipelineJob.agentLabelMatchesNothing", label);
    }

    public static String timeoutInvalid(String value) {
        return format("DronePipelineJob.timeoutInvalid", value);
    }

    public static String approvalActionDisplayName() {
        return format("ApprovalAction.displayName");
    }

    public static String fieldProblem(String label, String field, String problem) {
        return format("DronePipelineJob.fieldProblem", label, field, problem);
    }

    public static String jobCannotRun() {
        return format("DronePipelineJob.cannotRun");
    }

    public static String labelExpressionInvalid(String expression, String problem) {
        return format("QueueDispatcher.labelInvalid", expression, problem);
    }

    public static String labelMatchesNoAgent(String expression) {
        return format("QueueDispatcher.labelMatchesNoAgent", expression);
    }

    public static String eventUnknown(String event, String events) {
        return format("EventCheck.unknown", event, events);
    }

    public static String concurrencyGateWaiting(String limit, String because) {
        return format("ConcurrencyGate.waiting", limit, because);
    }

    public static String concurrencyGateRunning(String builds, String pipeline) {
        return format("ConcurrencyGate.running", builds, pipeline);
    }

    public static String concurrencyGateAhead(String builds, String pipeline) {
        return format("ConcurrencyGate.ahead", builds, pipeline);
    }

    public static String badOffset(String parameter, String value) {
        return format("LogResponses.badOffset", parameter, value);
    }

    public static String endBeforeStart(long end, long start) {
        return format("LogResponses.endBeforeStart", String.valueOf(end), String.valueOf(start));
    }

    public static String parameterRequired(String parameter) {
        return format("PipelinesPage.parameterRequired", parameter);
    }

    public static String noSuchPipeline(String name) {
        return format("PipelinesPage.noSuchPipeline", name);
    }

    public static String noSuchStep(String pipeline, String step) {
        return format("PipelinesPage.noSuchStep", pipeline, step);
    }

    public static String stepStillRunning(String step) {
        return format("PipelinesPage.stepStillRunning", step);
    }

    public static String trustedJobUnknown(String name) {
        return format("DroneSettings.trustedJobUnknown", name);
    }

    public static String logLimitInvalid(String value) {
        return format("DroneSettings.logLimitInvalid", value);
    }

    public static String agentGraceInvalid(String value) {
        return format("DroneSettings.agentGraceInvalid", value);
    }

    public static String agentDidNotComeBack(String node, String grace) {
        return format("PipelineExecution.agentDidNotComeBack", node, grace);
    }

    public static String resumeImpossible(String why) {
        return format("BuildResumption.resumeImpossible", why);
    }

    public static String cacheLimitInvalid(String value) {
        return format("DockerHostProperty.cacheLimitInvalid", value);
    }

    public static String volumeDriverOptionInvalid(String line) {
        return format("DockerHostProperty.volumeDriverOptionInvalid", line);
    }

    public static String volumeDriverBindRefused() {
        return format("DockerHostProperty.volumeDriverBindRefused");
    }

    public static String pipelineReportsDisplayName() {
        return format("PipelineReports.displayName");
    }

    public static String testReportsTrendTitle() {
        return format("TestReports.trendTitle");
    }

    private static String format(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
