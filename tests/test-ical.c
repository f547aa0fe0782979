/* test-ical.c: iCalendar export, checked with libical and byte by byte
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <locale.h>

#include "nv-agenda-item.h"
#include "nv-calendar-state.h"
#include "nv-history.h"
#include "nv-ical-import.h"
#include "nv-ical-export.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-test-util.h"
#include "nv-util.h"

static char *
export_all (NvPlan       *plan,
            NvIcalMethod  method,
            const char   *meeting_id,
            const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = nv_ical_collect (plan, meeting_id, NULL, &error);
  char *text;

  g_assert_no_error (error);
  text = nv_ical_export (plan, meetings, method, name, -1, &error);
  g_assert_no_error (error);
  return text;
}

/* Any X-LIC-ERROR is libical saying it could not read something */
static guint
count_parse_errors (icalcomponent *component)
{
  guint n = icalcomponent_count_properties (component, ICAL_XLICERROR_PROPERTY);

  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    n += count_parse_errors (child);
  return n;
}

/* The bytes calendar programs expect (RFC 5545, 3.1) */
static void
check_bytes (const char *text)
{
  g_auto(GStrv) lines = NULL;
  gsize length = strlen (text);

  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_false (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_true (p > text && p[-1] == '\r');

  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      /* Folding never splits a character */
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
check_calendar (const char *text,
                guint       n_events,
                const char *method)
{
  icalcomponent *calendar = icalcomponent_new_from_string (text);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  icalproperty *method_property;

  check_bytes (text);
  g_assert_nonnull (calendar);
  g_assert_cmpuint (count_parse_errors (calendar), ==, 0);
  g_assert_true (icalrestriction_check (calendar));

  method_property = icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY);
  g_assert_cmpstr (icalproperty_get_value_as_string (method_property), ==, method);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, n_events);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalparameter *tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
      struct icaltimetype stamp = icalcomponent_get_dtstamp (event);

      g_assert_false (g_hash_table_contains (uids, icalcomponent_get_uid (event)));
      g_hash_table_add (uids, g_strdup (icalcomponent_get_uid (event)));
      if (icalcomponent_get_dtstart (event).is_date)
        g_assert_null (tzid);
      else
        {
          g_assert_nonnull (tzid);
          g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, NV_ICAL_TZID);
        }
      g_assert_true (icaltime_is_utc (stamp));
      if (g_str_equal (method, "PUBLISH"))
        g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 0);
    }

  icalcomponent_free (calendar);
}

static void
test_samples (void)
{
  static const char * const samples[] = {
    "bydelsmoedre.netvaerk", "familieplejere.netvaerk", "social-kapital.netvaerk", "netvaerksforloeb.netvaerk",
    "chefforum.netvaerk",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(NvPlan) plan = nv_test_load_sample (samples[i]);
      g_autofree char *text = export_all (plan, NV_ICAL_PUBLISH, NULL, nv_plan_get_name (plan));

      check_calendar (text, nv_plan_count_meetings (plan), "PUBLISH");
      g_assert_nonnull (strstr (text, "\r\nX-WR-CALNAME:"));
    }
}

/* The one VTIMEZONE, in the shape Outlook reads */
static void
test_timezone (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autofree char *text = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);

  g_assert_nonnull (strstr (text, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"));
  g_assert_null (strstr (text, "RDATE"));
  g_assert_null (strstr (text, "UNTIL"));
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_null (strstr (text, "X-WR-CALNAME"));
}

static int
sequence_of (const char *text,
             const char *uid)
{
  icalcomponent *calendar = icalcomponent_new_from_string (text);
  int sequence = -1;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_equal (icalcomponent_get_uid (event), uid))
      sequence = icalcomponent_get_sequence (event);

  icalcomponent_free (calendar);
  return sequence;
}

/* The SEQUENCE of the meeting with @id in @plan */
static int
sequence_of_id (const char *text,
                NvPlan     *plan,
                const char *id)
{
  g_autofree char *uid = nv_ical_meeting_uid (NV_MEETING (nv_plan_lookup (plan, id)));

  return sequence_of (text, uid);
}

/* The same meetings export with the same UIDs and SEQUENCEs; a changed
 * meeting, and only that one, gets a higher SEQUENCE */
static void
test_sequence (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autofree char *first = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_autofree char *second = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_autofree char *third = NULL;
  g_autofree char *cancel = NULL;
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-2"));

  g_assert_cmpint (sequence_of_id (first, plan, "m-1"), ==, 0);
  g_assert_cmpint (sequence_of_id (second, plan, "m-1"), ==, 0);
  g_assert_cmpint (sequence_of_id (second, plan, "m-2"), ==, 0);

  nv_meeting_set_location (meeting, "Et andet sted");
  third = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_assert_cmpint (sequence_of_id (third, plan, "m-1"), ==, 0);
  g_assert_cmpint (sequence_of_id (third, plan, "m-2"), ==, 1);
  g_assert_cmpint (sequence_of_id (third, plan, "m-3"), ==, 0);

  /* The state is kept in the plan, so it survives a save */
  g_assert_cmpint (nv_calendar_state_get_sequence (nv_meeting_get_calendar (meeting)), ==, 1);
  g_assert_nonnull (nv_calendar_state_get_digest (nv_meeting_get_calendar (meeting)));

  /* A cancellation: METHOD:CANCEL, STATUS:CANCELLED, a higher SEQUENCE */
  cancel = export_all (plan, NV_ICAL_CANCEL, "m-2", NULL);
  check_calendar (cancel, 1, "CANCEL");
  g_assert_nonnull (strstr (cancel, "\r\nSTATUS:CANCELLED\r\n"));
  g_assert_cmpint (sequence_of_id (cancel, plan, "m-2"), ==, 2);
}

/* A VEVENT's text without its DTSTAMP (the time of the export) */
static char *
event_text_without_stamp (icalcomponent *event)
{
  icalcomponent *copy = icalcomponent_new_clone (event);
  icalproperty *stamp = icalcomponent_get_first_property (copy, ICAL_DTSTAMP_PROPERTY);
  char *text;

  icalcomponent_remove_property (copy, stamp);
  icalproperty_free (stamp);
  text = icalcomponent_as_ical_string_r (copy);
  icalcomponent_free (copy);
  return text;
}

/* A long series is exported by several threads, each making the events
 * of a run of meetings: the calendar is the same as if made one meeting
 * at a time, in order, and what each export records (SEQUENCE) is kept
 * for every meeting, whichever thread made its event */
static void
test_many_meetings (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  GListModel *meetings = nv_network_get_meetings (network);
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *all = NULL;
  g_autofree char *again = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  guint n = 0;

  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();
      g_autofree char *title = g_strdup_printf ("Møde %u", i + 1);

      g_free (nv_record_make_id (NV_RECORD (meeting)));
      nv_meeting_set_title (meeting, title);
      nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 1, 1) + 7 * i);
      nv_meeting_set_start (meeting, 15 * 60);
      nv_record_list_append (NV_RECORD_LIST (meetings), NV_RECORD (meeting));
    }

  order = nv_ical_collect (plan, NULL, NULL, NULL);
  g_assert_cmpuint (order->len, >=, 250);
  all = export_all (plan, NV_ICAL_PUBLISH, NULL, "Mange møder");
  check_calendar (all, order->len, "PUBLISH");
  calendar = icalcomponent_new_from_string (all);
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), n++)
    {
      NvRecord *meeting = g_ptr_array_index (order, n);
      g_autofree char *alone = export_all (plan, NV_ICAL_PUBLISH, nv_record_get_id (meeting), NULL);
      icalcomponent *alone_calendar = icalcomponent_new_from_string (alone);
      g_autofree char *expected = event_text_without_stamp (
        icalcomponent_get_first_component (alone_calendar, ICAL_VEVENT_COMPONENT));
      g_autofree char *found = event_text_without_stamp (event);

      g_assert_cmpstr (found, ==, expected);
      icalcomponent_free (alone_calendar);
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (n, ==, order->len);

  /* Two changed, one early and one late in the export: only they rise */
  nv_meeting_set_location (g_ptr_array_index (order, 3), "Rådhuset");
  nv_meeting_set_location (g_ptr_array_index (order, order->len - 10), "Biblioteket");
  again = export_all (plan, NV_ICAL_PUBLISH, NULL, "Mange møder");
  for (guint i = 0; i < order->len; i++)
    {
      NvMeeting *meeting = g_ptr_array_index (order, i);
      g_autofree char *uid = nv_ical_meeting_uid (meeting);
      int expected = i == 3 || i == order->len - 10 ? 1 : 0;

      g_assert_cmpint (sequence_of (again, uid), ==, expected);
      g_assert_cmpint (nv_calendar_state_get_sequence (nv_meeting_get_calendar (meeting)), ==, expected);
    }
}

/* An invitation: one VEVENT, an ATTENDEE for each participant with an
 * address, with the reply they gave */
static void
test_invitation (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-1"));
  NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), 0));
  NvPerson *person = NV_PERSON (nv_plan_lookup (plan, nv_participant_get_person (participant)));
  g_autofree char *text = NULL;
  icalcomponent *calendar, *event;
  guint with_address = 0;
  gboolean found_awkward = FALSE;

  /* Quotes, commas and line breaks in a name must still make a valid
   * parameter that calendar programs read back as the name */
  nv_person_set_name (person, "Karen \"Kalle\" Mikkelsen,\nformand");
  nv_participant_set_reply (participant, NV_REPLY_ACCEPTED);

  for (guint i = 0; i < g_list_model_get_n_items (nv_meeting_get_participants (meeting)); i++)
    {
      NvParticipant *each = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), i));
      NvPerson *who = NV_PERSON (nv_plan_lookup (plan, nv_participant_get_person (each)));

      with_address += nv_person_get_email (who) != NULL;
    }

  text = export_all (plan, NV_ICAL_REQUEST, "m-1", NULL);
  check_calendar (text, 1, "REQUEST");

  calendar = icalcomponent_new_from_string (text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, with_address);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY));

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *cn = icalproperty_get_first_parameter (attendee, ICAL_CN_PARAMETER);

      g_assert_nonnull (icalproperty_get_first_parameter (attendee, ICAL_RSVP_PARAMETER));
      g_assert_nonnull (icalproperty_get_first_parameter (attendee, ICAL_PARTSTAT_PARAMETER));
      if (cn != NULL && strstr (icalparameter_get_cn (cn), "Kalle") != NULL)
        {
          found_awkward = TRUE;
          g_assert_cmpstr (icalparameter_get_cn (cn), ==, "Karen 'Kalle' Mikkelsen, formand");
          g_assert_null (strstr (text, "^n"));
          g_assert_cmpint (icalparameter_get_partstat (icalproperty_get_first_parameter (attendee, ICAL_PARTSTAT_PARAMETER)),
                           ==, ICAL_PARTSTAT_ACCEPTED);
        }
    }
  g_assert_true (found_awkward);
  icalcomponent_free (calendar);
}

/* Summer and winter: the times are local, the offsets libical computes
 * from our VTIMEZONE are +02:00 and +01:00, and the last Sunday of March
 * and of October fall on the right side of the change */
static void
test_utc_offsets (void)
{
  static const struct { int year, month, day, start; const char *utc; } cases[] = {
    { 2027, 1, 26, 18 * 60, "20270126T170000Z" },
    { 2027, 6, 15, 18 * 60, "20270615T160000Z" },
    { 2027, 3, 28, 12 * 60, "20270328T100000Z" },  /* last Sunday of March, after 02.00 */
    { 2027, 3, 27, 12 * 60, "20270327T110000Z" },
    { 2027, 10, 31, 12 * 60, "20271031T110000Z" }, /* last Sunday of October, after 03.00 */
    { 2027, 10, 30, 12 * 60, "20271030T100000Z" },
  };
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();

  g_free (nv_record_make_id (NV_RECORD (network)));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();
      g_autofree char *text = NULL;
      g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
      icalcomponent *calendar, *event;
      struct icaltimetype start;

      g_free (nv_record_make_id (NV_RECORD (meeting)));
      nv_meeting_set_date (meeting, nv_date_from_ymd (cases[i].year, cases[i].month, cases[i].day));
      nv_meeting_set_start (meeting, cases[i].start);
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
      g_ptr_array_add (meetings, meeting);

      text = nv_ical_export (plan, meetings, NV_ICAL_PUBLISH, NULL, -1, NULL);
      /* libical resolves the TZID against the file's own VTIMEZONE */
      calendar = icalcomponent_new_from_string (text);
      event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
      start = icalcomponent_get_dtstart (event);
      start = icaltime_convert_to_zone (start, icaltimezone_get_utc_timezone ());
      g_assert_cmpstr (icaltime_as_ical_string (start), ==, cases[i].utc);
      icalcomponent_free (calendar);
    }
}

static NvNetwork *
network_of (NvMeeting *meeting)
{
  return NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
}

/* A meeting with a date but no time of day is a whole-day event */
static void
test_all_day (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-1"));
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *dtstart = NULL;
  int year, month, day;

  nv_meeting_set_start (meeting, -1);
  nv_date_to_ymd (nv_meeting_get_date (meeting), &year, &month, &day);
  text = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  check_calendar (text, 1, "PUBLISH");
  dtstart = g_strdup_printf ("\r\nDTSTART;VALUE=DATE:%04d%02d%02d\r\n", year, month, day);
  g_assert_nonnull (strstr (text, dtstart));
  nv_date_to_ymd (nv_meeting_get_date (meeting) + 1, &year, &month, &day);
  date = g_strdup_printf ("\r\nDTEND;VALUE=DATE:%04d%02d%02d\r\n", year, month, day);
  g_assert_nonnull (strstr (text, date));
  g_assert_null (strstr (text, "T000000"));
}

/* CATEGORIES names the network, as one category: libical 3.0.16 would
 * write its commas unescaped, so they are left out */
static void
test_categories (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-1"));
  g_autofree char *text = NULL;
  icalcomponent *calendar, *event;
  icalproperty *categories;

  nv_network_set_name (network_of (meeting), "Familie, pleje; og \\ mere");
  text = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  check_calendar (text, 1, "PUBLISH");
  g_assert_nonnull (strstr (text, "\r\nCATEGORIES:Familie pleje og mere\r\n"));

  calendar = icalcomponent_new_from_string (text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  categories = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
  g_assert_nonnull (categories);
  g_assert_cmpstr (icalproperty_get_categories (categories), ==, "Familie pleje og mere");
  g_assert_null (icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY));
  icalcomponent_free (calendar);
}

/* Without the organiser's address an invitation or a cancellation is
 * refused; a publication is written, with a warning */
static void
test_no_organiser_address (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-1"));
  NvPerson *organiser = NV_PERSON (nv_plan_lookup (plan, nv_network_get_organiser (network_of (meeting))));
  g_autoptr(GPtrArray) meetings = nv_ical_collect (plan, "m-1", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warning = NULL;
  GListModel *participants = nv_meeting_get_participants (meeting);

  g_assert_nonnull (organiser);
  g_assert_null (nv_ical_publish_warning (plan, meetings));
  nv_person_set_email (organiser, NULL);

  g_assert_null (nv_ical_export (plan, meetings, NV_ICAL_REQUEST, NULL, -1, &error));
  g_assert_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NO_ADDRESS);
  g_assert_nonnull (strstr (error->message, "organiser has no e-mail address"));
  g_clear_error (&error);
  g_assert_null (nv_ical_export (plan, meetings, NV_ICAL_CANCEL, NULL, -1, &error));
  g_assert_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NO_ADDRESS);
  g_clear_error (&error);

  text = nv_ical_export (plan, meetings, NV_ICAL_PUBLISH, NULL, -1, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (text, "ORGANIZER"));
  warning = nv_ical_publish_warning (plan, meetings);
  g_assert_cmpstr (warning, ==, "1 meeting has no organiser with an e-mail address, "
                                "so some calendar programs may not import it");

  /* An organiser with an address, but nobody invited has one */
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *each = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
      NvRecord *who = nv_plan_lookup (plan, nv_participant_get_person (each));

      if (NV_IS_PERSON (who))
        nv_person_set_email (NV_PERSON (who), NULL);
    }
  organiser = nv_test_append (nv_plan_get_people (plan), nv_person_new ());
  nv_person_set_email (organiser, "ole@example.dk");
  nv_network_set_organiser (network_of (meeting), nv_record_get_id (NV_RECORD (organiser)));
  g_assert_null (nv_ical_export (plan, meetings, NV_ICAL_REQUEST, NULL, -1, &error));
  g_assert_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NO_ADDRESS);
  g_assert_nonnull (strstr (error->message, "No participant"));
  g_clear_error (&error);
}

/* A meeting published as cancelled, then cancelled: the cancellation has
 * a higher SEQUENCE, and names those it goes to */
static void
test_cancel_sequence (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-2"));
  g_autofree char *published = NULL;
  g_autofree char *cancel = NULL;
  g_autofree char *again = NULL;
  icalcomponent *calendar;

  nv_meeting_set_status (meeting, NV_MEETING_STATUS_CANCELLED);
  published = export_all (plan, NV_ICAL_PUBLISH, "m-2", NULL);
  g_assert_nonnull (strstr (published, "\r\nSTATUS:CANCELLED\r\n"));
  cancel = export_all (plan, NV_ICAL_CANCEL, "m-2", NULL);
  check_calendar (cancel, 1, "CANCEL");
  g_assert_cmpint (sequence_of_id (cancel, plan, "m-2"), ==, sequence_of_id (published, plan, "m-2") + 1);

  calendar = icalcomponent_new_from_string (cancel);
  g_assert_cmpint (icalcomponent_count_properties (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT),
                                                   ICAL_ATTENDEE_PROPERTY), >, 0);
  icalcomponent_free (calendar);

  /* The same cancellation again is nothing new */
  again = export_all (plan, NV_ICAL_CANCEL, "m-2", NULL);
  g_assert_cmpint (sequence_of_id (again, plan, "m-2"), ==, sequence_of_id (cancel, plan, "m-2"));
}

/* Exporting in another language is no change to the meetings */
static void
test_sequence_locale (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autofree char *english = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_autofree char *danish = NULL;

  if (!nv_test_use_danish ())
    return;
  danish = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  nv_test_use_locale ("C.UTF-8", "en");
  g_assert_cmpstr (english, !=, danish);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", i);

      g_assert_cmpint (sequence_of_id (danish, plan, id), ==, sequence_of_id (english, plan, id));
    }
}

static GHashTable *
uids_of (const char *text)
{
  GHashTable *uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  icalcomponent *calendar = icalcomponent_new_from_string (text);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_hash_table_add (uids, g_strdup (icalcomponent_get_uid (event)));
  icalcomponent_free (calendar);
  return uids;
}

/* Two samples both have a meeting "m-1": in calendars their meetings
 * must still be different events, and a plan keeps its UIDs through a
 * save. Importing one plan's calendar into the other adds its meetings
 * and changes none of the other's. */
static void
test_uids_differ_between_plans (void)
{
  g_autoptr(NvPlan) foster = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvPlan) social = nv_test_load_sample ("social-kapital.netvaerk");
  g_autofree char *foster_text = export_all (foster, NV_ICAL_PUBLISH, NULL, NULL);
  g_autofree char *social_text = export_all (social, NV_ICAL_PUBLISH, NULL, NULL);
  g_autoptr(GHashTable) foster_uids = uids_of (foster_text);
  g_autoptr(GHashTable) social_uids = uids_of (social_text);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GHashTable) again_uids = NULL;
  NvIcalImportResult result = { 0 };
  GHashTableIter iter;
  gpointer uid;

  g_assert_nonnull (nv_plan_lookup (foster, "m-1"));
  g_assert_nonnull (nv_plan_lookup (social, "m-1"));
  g_assert_nonnull (nv_plan_get_calendar_id (foster));
  g_assert_cmpstr (nv_plan_get_calendar_id (foster), !=, nv_plan_get_calendar_id (social));
  g_assert_cmpuint (g_hash_table_size (social_uids), >, 0);
  g_hash_table_iter_init (&iter, social_uids);
  while (g_hash_table_iter_next (&iter, &uid, NULL))
    g_assert_false (g_hash_table_contains (foster_uids, uid));

  /* Saved and read again: the same UIDs */
  saved = nv_plan_to_bytes (foster);
  reloaded = nv_plan_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), &error);
  g_assert_no_error (error);
  again = export_all (reloaded, NV_ICAL_PUBLISH, NULL, NULL);
  again_uids = uids_of (again);
  g_assert_cmpuint (g_hash_table_size (again_uids), ==, g_hash_table_size (foster_uids));
  g_hash_table_iter_init (&iter, foster_uids);
  while (g_hash_table_iter_next (&iter, &uid, NULL))
    g_assert_true (g_hash_table_contains (again_uids, uid));

  /* The other plan's calendar comes in as meetings of its own */
  before = nv_plan_to_bytes (reloaded);
  g_assert_true (nv_ical_import (reloaded, NULL, social_text, strlen (social_text), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, g_hash_table_size (social_uids));
  g_assert_cmpuint (result.updated, ==, 0);
  nv_ical_import_result_clear (&result);
  g_assert_cmpstr (nv_meeting_get_location (NV_MEETING (nv_plan_lookup (reloaded, "m-1"))), ==,
                   nv_meeting_get_location (NV_MEETING (nv_plan_lookup (foster, "m-1"))));
  g_assert_cmpint (nv_meeting_get_date (NV_MEETING (nv_plan_lookup (reloaded, "m-1"))), ==,
                   nv_meeting_get_date (NV_MEETING (nv_plan_lookup (foster, "m-1"))));
  nv_history_undo (nv_plan_get_history (reloaded));
  after = nv_plan_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (before, after));
}

/* A plan exported before plans had a calendar id keeps the UIDs its
 * meetings already have in people's calendars */
static void
test_uids_of_older_plans (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autofree char *first = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_autofree char *again = NULL;

  nv_plan_set_calendar_id (plan, NULL);   /* as such a plan was saved */
  again = export_all (plan, NV_ICAL_PUBLISH, NULL, NULL);
  g_assert_null (nv_plan_get_calendar_id (plan));
  g_assert_nonnull (strstr (again, "\r\nUID:m-1@netvaerk\r\n"));
}

/* SEQUENCE rises for what the calendar shows, not for what the minutes
 * record: a decision written in an item is no news to a calendar; a
 * new title for the item, or a new name for the person leading it, is */
static void
test_sequence_follows_what_is_shown (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvAgendaItem *item = NV_AGENDA_ITEM (nv_plan_lookup (plan, "a-1-2"));
  NvPerson *leader;
  g_autofree char *first = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  g_autofree char *minutes = NULL;
  g_autofree char *leader_renamed = NULL;
  g_autofree char *retitled = NULL;

  g_assert_nonnull (item);
  nv_agenda_item_set_decision (item, "Vedtaget");
  nv_agenda_item_set_background (item, "Baggrund");
  minutes = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  g_assert_cmpint (sequence_of_id (minutes, plan, "m-1"), ==, sequence_of_id (first, plan, "m-1"));

  nv_agenda_item_set_lead (item, NV_LEAD_PERSON);
  nv_agenda_item_set_lead_person (item, "p-ole");
  g_free (export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL));
  leader = NV_PERSON (nv_plan_lookup (plan, "p-ole"));
  nv_person_set_name (leader, "Ole N.");
  leader_renamed = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  g_assert_nonnull (strstr (leader_renamed, "Ole N."));
  g_assert_cmpint (sequence_of_id (leader_renamed, plan, "m-1"), ==, sequence_of_id (first, plan, "m-1") + 2);

  nv_agenda_item_set_title (item, "Ny overskrift");
  retitled = export_all (plan, NV_ICAL_PUBLISH, "m-1", NULL);
  g_assert_cmpint (sequence_of_id (retitled, plan, "m-1"), ==, sequence_of_id (first, plan, "m-1") + 3);
}

/* Every role is in the description, theme leads too */
static void
test_description_roles (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autofree char *text = export_all (plan, NV_ICAL_PUBLISH, "m-3", NULL);
  icalcomponent *calendar = icalcomponent_new_from_string (text);
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  const char *description = icalcomponent_get_description (event);

  g_assert_nonnull (strstr (description, "Theme leads: Anette Krog, Susanne Winther"));
  g_assert_nonnull (strstr (description, "Boundary keeper: "));
  icalcomponent_free (calendar);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/samples", test_samples);
  g_test_add_func ("/ical/timezone", test_timezone);
  g_test_add_func ("/ical/sequence", test_sequence);
  g_test_add_func ("/ical/many-meetings", test_many_meetings);
  g_test_add_func ("/ical/invitation", test_invitation);
  g_test_add_func ("/ical/utc-offsets", test_utc_offsets);
  g_test_add_func ("/ical/all-day", test_all_day);
  g_test_add_func ("/ical/categories", test_categories);
  g_test_add_func ("/ical/no-organiser-address", test_no_organiser_address);
  g_test_add_func ("/ical/cancel-sequence", test_cancel_sequence);
  g_test_add_func ("/ical/sequence-locale", test_sequence_locale);
  g_test_add_func ("/ical/uids-differ-between-plans", test_uids_differ_between_plans);
  g_test_add_func ("/ical/uids-of-older-plans", test_uids_of_older_plans);
  g_test_add_func ("/ical/sequence-follows-what-is-shown", test_sequence_follows_what_is_shown);
  g_test_add_func ("/ical/description-roles", test_description_roles);

  return g_test_run ();
}
