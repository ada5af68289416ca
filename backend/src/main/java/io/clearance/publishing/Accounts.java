package io.clearance.publishing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

	List<Account> findByActiveTrueOrderByIdAsc();
}
