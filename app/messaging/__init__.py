"""Applicant notifications: message templates, phone numbers and the gateways that send them.

No Qt and no database here: `app.services.messaging` queues, dispatches and audits.
"""
