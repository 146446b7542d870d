package io.expresso.http;

import static io.expresso.http.ServerFixture.PREFIX;
import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** State machine, validation and tag operations through the AWS SDK for Java v2, with their error shapes. */
class StateMachineApiTest {

    static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    static final String HELLO = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"hi\",\"End\":true}}}";

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String create(String name, String definition) {
        return fixture.sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }

    @Test
    void shouldCreateAndDescribeWithAwsDefaults() {
        CreateStateMachineResponse created = fixture.sfn.createStateMachine(b -> b.name("describe-me").definition(PASS).roleArn(ROLE)
                .type(StateMachineType.EXPRESS));
        assertEquals(PREFIX + "describe-me", created.stateMachineArn());
        DescribeStateMachineResponse described = fixture.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertEquals("describe-me", described.name());
        assertEquals(PASS, described.definition());
        assertEquals(ROLE, described.roleArn());
        assertEquals(StateMachineType.EXPRESS, described.type());
        assertEquals(created.creationDate(), described.creationDate());
        assertEquals(LogLevel.OFF, described.loggingConfiguration().level());
        assertFalse(described.tracingConfiguration().enabled());
        assertNull(described.revisionId());
    }

    @Test
    void shouldAcceptStandardAndAbsentTypeByDefault() {
        fixture.sfn.createStateMachine(b -> b.name("standard-default").definition(PASS).roleArn(ROLE));
        assertEquals(StateMachineType.STANDARD,
                fixture.sfn.describeStateMachine(b -> b.stateMachineArn(PREFIX + "standard-default")).type());
    }

    @Test
    void shouldAnswerAnIdenticalCreateWithTheOriginalAndADifferentOneWithAlreadyExists() {
        String arn = create("idempotent", PASS);
        assertEquals(arn, create("idempotent", PASS));
        StateMachineAlreadyExistsException e = assertThrows(StateMachineAlreadyExistsException.class, () -> create("idempotent", HELLO));
        assertEquals("State Machine Already Exists: '" + arn + "'", e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
    }

    @Test
    void shouldRefuseBadNamesDefinitionsAndArns() {
        assertMessage("Invalid Name: 'has space'", InvalidNameException.class, () -> create("has space", PASS));
        assertMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] at /'",
                InvalidDefinitionException.class, () -> create("empty-def", "{}"));
        assertMessage("Invalid Arn: 'Invalid ARN prefix: nope'", InvalidArnException.class,
                () -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn("nope")));
        assertMessage("State Machine Does Not Exist: '" + PREFIX + "ghost'", StateMachineDoesNotExistException.class,
                () -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn(PREFIX + "ghost")));
        String tooLong = "x".repeat(81);
        assertMessage("1 validation error detected: Value '" + tooLong
                        + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80",
                ValidationException.class, () -> create(tooLong, PASS));
    }

    @Test
    void shouldRefuseLoggingWithoutADestination() {
        assertMessage("Invalid Logging Configuration: Must specify exactly one Log Destination.",
                InvalidLoggingConfigurationException.class,
                () -> fixture.sfn.createStateMachine(b -> b.name("logs").definition(PASS).roleArn(ROLE).type(StateMachineType.EXPRESS)
                        .loggingConfiguration(l -> l.level(LogLevel.ALL))));
    }

    @Test
    void shouldUpdateWithANewRevisionAndRequireSomethingToUpdate() {
        String arn = create("updatable", PASS);
        String revision = fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(HELLO)).revisionId();
        assertNotNull(revision);
        DescribeStateMachineResponse described = fixture.sfn.describeStateMachine(b -> b.stateMachineArn(arn));
        assertEquals(HELLO, described.definition());
        assertEquals(revision, described.revisionId());
        assertEquals(revision, fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(HELLO)).revisionId());
        assertMessage("Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified",
                MissingRequiredParameterException.class, () -> fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn)));
    }

    @Test
    void shouldDeleteAtOnceAndTreatAnUnknownMachineAsDeleted() {
        String arn = create("deletable", PASS);
        fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
        fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
        assertThrows(StateMachineDoesNotExistException.class, () -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn(arn)));
    }

    @Test
    void shouldListByNameInPages() {
        for (int i = 0; i < 5; i++) {
            create("page-" + i, PASS);
        }
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListStateMachinesResponse page = fixture.sfn.listStateMachines(b -> b.maxResults(2).nextToken(next));
            page.stateMachines().stream().map(StateMachineListItem::name).forEach(names::add);
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertTrue(pages > 2);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.containsAll(List.of("page-0", "page-1", "page-2", "page-3", "page-4")));
        assertMessage("Invalid Token: 'Invalid token'", InvalidTokenException.class,
                () -> fixture.sfn.listStateMachines(b -> b.nextToken("garbage")));
        assertMessage("1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value less than or equal to 1000", ValidationException.class,
                () -> fixture.sfn.listStateMachines(b -> b.maxResults(1001)));
    }

    @Test
    void shouldValidateWithDiagnosticsCodesAndLocations() {
        ValidateStateMachineDefinitionResponse ok = fixture.sfn.validateStateMachineDefinition(b -> b.definition(PASS));
        assertEquals(ValidateStateMachineDefinitionResultCode.OK, ok.result());
        assertTrue(ok.diagnostics().isEmpty());
        assertFalse(ok.truncated());
        ValidateStateMachineDefinitionResponse bad = fixture.sfn.validateStateMachineDefinition(b -> b.definition("{\"States\":{}}"));
        assertEquals(ValidateStateMachineDefinitionResultCode.FAIL, bad.result());
        assertEquals("SCHEMA_VALIDATION_FAILED", bad.diagnostics().get(0).code());
        assertEquals("/", bad.diagnostics().get(0).location());
        assertEquals("These fields are required: [StartAt]", bad.diagnostics().get(0).message());
    }

    @Test
    void shouldTagUntagAndList() {
        String arn = create("tagged", PASS);
        fixture.sfn.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("a").build(),
                Tag.builder().key("env").value("").build()));
        fixture.sfn.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("b").build()));
        fixture.sfn.untagResource(b -> b.resourceArn(arn).tagKeys("env", "absent"));
        List<Tag> tags = fixture.sfn.listTagsForResource(b -> b.resourceArn(arn)).tags();
        assertEquals(List.of(Tag.builder().key("team").value("b").build()), tags);
        assertMessage("Resource not found: '" + PREFIX + "nobody'", ResourceNotFoundException.class,
                () -> fixture.sfn.listTagsForResource(b -> b.resourceArn(PREFIX + "nobody")));
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Tag.builder().key("k" + i).value("v").build());
        }
        TooManyTagsException tooMany = assertThrows(TooManyTagsException.class,
                () -> fixture.sfn.tagResource(b -> b.resourceArn(arn).tags(many)));
        assertEquals(arn, tooMany.resourceName());
    }

    @Test
    void shouldCreateWithTagsAndPublish() {
        CreateStateMachineResponse created = fixture.sfn.createStateMachine(b -> b.name("published").definition(PASS).roleArn(ROLE)
                .type(StateMachineType.EXPRESS).publish(true).versionDescription("first")
                .tags(Tag.builder().key("a").value("1").build()));
        assertEquals(PREFIX + "published:1", created.stateMachineVersionArn());
        assertEquals("first", fixture.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineVersionArn())).description());
        assertEquals(1, fixture.sfn.listTagsForResource(b -> b.resourceArn(created.stateMachineArn())).tags().size());
        assertMessage("Version description can only be set when publish is true", ValidationException.class,
                () -> fixture.sfn.createStateMachine(b -> b.name("nopublish").definition(PASS).roleArn(ROLE).versionDescription("x")));
    }

    static <T extends SfnException> void assertMessage(String message, Class<T> type, Executable call) {
        T error = assertThrows(type, call);
        assertEquals(message, error.awsErrorDetails().errorMessage());
        assertNotEquals(500, error.statusCode());
    }
}
