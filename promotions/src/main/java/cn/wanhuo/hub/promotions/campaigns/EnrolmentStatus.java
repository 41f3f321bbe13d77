package cn.wanhuo.hub.promotions.campaigns;

/** Where an enrolment is: waiting for a decision, decided, or taken back by its producer. */
public enum EnrolmentStatus {
  PENDING, APPROVED, REJECTED, WITHDRAWN
}
