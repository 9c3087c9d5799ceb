package dev.watchtower.portal.alert;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends alert e-mails through Spring Mail when {@code spring.mail.host} is set; without
 * it, alerts stay in the portal. A failed send is logged and does not stop the alert.
 */
@Component
class AlertMail {

	private static final Logger logger = LoggerFactory.getLogger(AlertMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final AlertSettings settings;

	AlertMail(ObjectProvider<JavaMailSender> sender, AlertSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	void send(List<String> to, String subject, String body, String link) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null || to.isEmpty()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.mailFrom());
		message.setTo(to.toArray(String[]::new));
		message.setSubject("[瞭望塔] " + subject);
		message.setText(body + "\n\n" + this.settings.portalUrl() + "/" + link);
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			logger.error("Cannot e-mail the alert '{}' to {}", subject, to, ex);
		}
	}

}
