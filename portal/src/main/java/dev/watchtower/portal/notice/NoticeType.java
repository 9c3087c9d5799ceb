package dev.watchtower.portal.notice;

/**
 * The supervisory measures a notice can carry (NFRA data-security measures Art. 76);
 * their names and legal bases come from {@link LegalBases}.
 */
public enum NoticeType {

	/** 风险提示. */
	RISK_WARNING,

	/** 监管谈话. */
	SUPERVISORY_TALK,

	/** 监管通报. */
	SUPERVISORY_BULLETIN,

	/** 责令改正. */
	ORDER_TO_RECTIFY,

	/** 责令暂停服务. */
	SERVICE_SUSPENSION

}
