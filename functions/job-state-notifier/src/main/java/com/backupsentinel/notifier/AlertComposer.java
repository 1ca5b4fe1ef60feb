package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.DetailType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides what an alert says: subject, summary sentence, the facts in reading order, and what to look at. */
final class AlertComposer {

    /** Status messages longer than this are cut, so one message cannot crowd out the rest. */
    static final int MAX_STATUS_MESSAGE = 2_000;

    private AlertComposer() {
    }

    static AlertContent compose(AlertFacts facts, Classification classification) {
        String headline = facts.type().isPresent()
                ? facts.noun() + " " + classification.condition()
                : "AWS Backup " + facts.envelope().detailType() + " " + facts.stateOrChange();
        String subject = SubjectLine.of(classification.severity(), headline, subjectName(facts),
                facts.envelope().region());
        Optional<String> note = classification.benignPattern().map(glob -> "Downgraded from WARNING to INFO: the "
                + "status matches the benign pattern '" + glob + "' (BENIGN_STATUS_PATTERNS).");
        return new AlertContent(subject, Summaries.sentence(facts, classification), rows(facts),
                NextSteps.of(facts, classification), ConsoleLinks.forAlert(facts), note);
    }

    /** The part of the subject after the colon: resource type and name for jobs, the vault or plan otherwise. */
    static String subjectName(AlertFacts facts) {
        if (facts.type().isEmpty()) {
            return "";
        }
        DetailType type = facts.type().get();
        if (type == DetailType.BACKUP_VAULT) {
            return facts.identifier();
        }
        if (type == DetailType.BACKUP_PLAN) {
            return facts.backupPlanName().orElse(facts.identifier());
        }
        String name = ResourceNames.displayName(facts.resourceName(), facts.resourceArn())
                .orElse(facts.identifier());
        return facts.resourceType().map(resourceType -> resourceType + " " + name).orElse(name);
    }

    private static List<Fact> rows(AlertFacts facts) {
        List<Fact> rows = new ArrayList<>();
        facts.statusMessage().ifPresent(message -> rows.add(new Fact("Status message", cut(message))));
        facts.messageCategory().ifPresent(category -> rows.add(new Fact("Message category", category)));
        ResourceNames.displayName(facts.resourceName(), facts.resourceArn())
                .ifPresent(name -> rows.add(new Fact("Resource", name)));
        facts.resourceArn().ifPresent(arn -> rows.add(new Fact("Resource ARN", arn)));
        facts.resourceType().ifPresent(type -> rows.add(new Fact("Resource type", type)));
        facts.backupVaultName().ifPresent(vault -> rows.add(new Fact("Backup vault", vault)));
        facts.backupVaultArn().ifPresent(arn -> rows.add(new Fact("Backup vault ARN", arn)));
        plan(facts).ifPresent(plan -> rows.add(new Fact("Backup plan", plan)));
        rows.add(new Fact("Account", facts.envelope().account()));
        rows.add(new Fact("Region", facts.envelope().region()));
        identifierLabel(facts).ifPresent(label -> rows.add(new Fact(label, facts.identifier())));
        facts.state().ifPresent(state -> rows.add(new Fact("State", state)));
        times(facts, rows);
        facts.backupSizeInBytes().ifPresent(size -> rows.add(new Fact("Size", Formats.size(size))));
        facts.percentDone().filter(percent -> !facts.stateOrChange().equals("COMPLETED"))
                .ifPresent(percent -> rows.add(new Fact("Percent done", percent + "%")));
        facts.iamRoleArn().ifPresent(role -> rows.add(new Fact("IAM role", role)));
        rows.addAll(facts.extras());
        facts.enrichmentFailure().ifPresent(failure -> rows.add(new Fact("Look-up failed", failure.describe()
                + ". This alert was built from the event alone.")));
        rows.add(new Fact("Event", facts.envelope().detailType() + " " + facts.envelope().id() + " at "
                + Formats.time(facts.envelope().time())));
        return rows;
    }

    private static void times(AlertFacts facts, List<Fact> rows) {
        facts.creationDate().ifPresent(created -> rows.add(new Fact("Created", Formats.time(created))));
        facts.completionDate().ifPresent(done -> rows.add(new Fact("Completed", Formats.time(done))));
        if (facts.creationDate().isPresent() && facts.completionDate().isPresent()) {
            rows.add(new Fact("Duration", Formats.duration(
                    Duration.between(facts.creationDate().get(), facts.completionDate().get()))));
        } else if (facts.creationDate().isPresent() && facts.stateOrChange().equals("RUNNING")) {
            rows.add(new Fact("Running for", Formats.duration(
                    Duration.between(facts.creationDate().get(), facts.envelope().time()))));
        }
        facts.startBy().ifPresent(startBy -> rows.add(new Fact("Start by", Formats.time(startBy))));
        facts.expectedCompletionDate().ifPresent(expected -> rows.add(
                new Fact("Expected completion", Formats.time(expected))));
    }

    private static Optional<String> plan(AlertFacts facts) {
        return facts.backupPlanName()
                .map(name -> facts.backupPlanId().map(id -> name + " (" + id + ")").orElse(name))
                .or(facts::backupPlanId);
    }

    /** How the identifier row is labelled; vaults and other detail-types show it elsewhere already. */
    private static Optional<String> identifierLabel(AlertFacts facts) {
        if (facts.type().isEmpty()) {
            return Optional.empty();
        }
        switch (facts.type().get()) {
            case RECOVERY_POINT:
                return Optional.of("Recovery point ARN");
            case BACKUP_VAULT:
            case BACKUP_PLAN:
                return Optional.empty();
            default:
                return Optional.of("Job ID");
        }
    }

    static String cut(String text) {
        return text.length() <= MAX_STATUS_MESSAGE ? text : text.substring(0, MAX_STATUS_MESSAGE) + "...";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
