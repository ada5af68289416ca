package io.clearance.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Consents extends JpaRepository<Consent, Long> {

	List<Consent> findAllByOrderByIdDesc();
}
