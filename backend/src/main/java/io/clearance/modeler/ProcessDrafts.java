package io.clearance.modeler;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessDrafts extends JpaRepository<ProcessDraft, Long> {

	List<ProcessDraft> findAllByOrderByUpdatedAtDesc();
}
