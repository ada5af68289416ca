package io.clearance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClearanceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClearanceApplication.class, args);
	}
}
