package io.clearance.posts;

import io.clearance.screening.Platform;
import java.util.List;

/** Whether the consents a post references cover publishing it on a platform; implemented by the consent registry. */
public interface ConsentCheck {

	boolean covers(List<String> consentIds, Platform platform);
}
