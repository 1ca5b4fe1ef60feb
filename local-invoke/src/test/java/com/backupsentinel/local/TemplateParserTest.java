package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

    @Test
    void turnsShortFormTagsIntoTheirLongForms() {
        Map<String, Object> root = TemplateParser.parse(new StringReader(String.join("\n",
                "A: !Ref Bucket",
                "B: !GetAtt Table.StreamArn",
                "C: !Sub '${AWS::StackName}-x'",
                "D: !If [IsProd, 1, !Ref AWS::NoValue]",
                "E: !Join",
                "  - ','",
                "  - [a, b]",
                "F: !Condition IsProd",
                "G: !GetAtt [Queue, Arn]",
                "")), "t");

        assertThat(root).containsEntry("A", Map.of("Ref", "Bucket"))
                .containsEntry("B", Map.of("Fn::GetAtt", List.of("Table", "StreamArn")))
                .containsEntry("C", Map.of("Fn::Sub", "${AWS::StackName}-x"))
                .containsEntry("D", Map.of("Fn::If", List.of("IsProd", "1", Map.of("Ref", "AWS::NoValue"))))
                .containsEntry("E", Map.of("Fn::Join", List.of(",", List.of("a", "b"))))
                .containsEntry("F", Map.of("Condition", "IsProd"))
                .containsEntry("G", Map.of("Fn::GetAtt", List.of("Queue", "Arn")));
    }

    @Test
    void keepsScalarsAsTheirTextAndNullsAsNull() {
        Map<String, Object> root = TemplateParser.parse(new StringReader(
                "Timeout: 030\nEnabled: true\nRatio: 1.50\nQuoted: \"24\"\nEmpty:\nBlank: ''\nTyped: !!str 7\n"), "t");

        assertThat(root).containsEntry("Timeout", "030").containsEntry("Enabled", "true").containsEntry("Ratio", "1.50")
                .containsEntry("Quoted", "24").containsEntry("Empty", null).containsEntry("Blank", "")
                .containsEntry("Typed", "7");
    }

    @Test
    void readsJsonTemplatesToo() {
        Map<String, Object> root = TemplateParser.parse(new StringReader(
                "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": {\"Fn::Sub\": \"x\"}}}}}"),
                "t");

        assertThat(root.get("Resources").toString()).isEqualTo("{T={Type=AWS::SNS::Topic, Properties={TopicName={Fn::Sub=x}}}}");
    }

    @Test
    void rejectsAGetAttShortFormWithoutAnAttribute() {
        assertThatThrownBy(() -> TemplateParser.parse(new StringReader("A: 1\nB: !GetAtt Table\n"), "t"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("!GetAtt 'Table' at line 2 must look like LogicalId.Attribute");
    }

    @Test
    void rejectsATopLevelThatIsNotAMapping() {
        assertThatThrownBy(() -> TemplateParser.parse(new StringReader("- a\n- b\n"), "template.yaml"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template.yaml is not a template: its top level must be a mapping");
    }
}
