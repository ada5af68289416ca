package io.clearance.modeler;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentRecords extends JpaRepository<DeploymentRecord, String> {
}
