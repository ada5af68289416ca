package io.clearance.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The diff summary of the audit entry and the key of a draft, read from plain XML. */
class BpmnXmlTest {

	static final String V1 = ProcessModelerIT.simpleProcess("P", ProcessModelerIT.userTask("Task", "Review"));

	@Test
	void namesTheElementsAVersionAddsRemovesAndChanges() {
		String v2 = ProcessModelerIT.twoTaskProcess("P").replace("name=\"Review\"", "name=\"First review\"");

		assertThat(BpmnXml.changes(bytes(V1), bytes(v2)))
			.isEqualTo("added: F3, Task_MedicalReview; changed: F2, Task");
		assertThat(BpmnXml.changes(bytes(v2), bytes(V1))).startsWith("removed: F3, Task_MedicalReview");
	}

	@Test
	void theDiagramsLayoutAndWhitespaceAreNoChange() {
		String reformatted = V1.replace("\n", "\n\n  ").replace("</bpmn:definitions>",
				"<bpmndi:BPMNDiagram xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" id=\"D\" />"
						+ "</bpmn:definitions>");

		assertThat(BpmnXml.changes(bytes(V1), bytes(reformatted))).isEqualTo("no element changed");
	}

	@Test
	void aDraftsKeyIsItsExecutableProcessAndAnythingElseHasNone() {
		assertThat(BpmnXml.processKey(bytes(V1))).contains("P");
		assertThat(BpmnXml.processKey(bytes("<half"))).isEmpty();
		assertThat(BpmnXml.processKey(bytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")))
			.isEmpty();
	}

	private static byte[] bytes(String xml) {
		return xml.getBytes(StandardCharsets.UTF_8);
	}
}
