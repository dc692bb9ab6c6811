"""Views of the applications app: the applicant's wizard and account pages, and the staff review."""
