/* nv-ical-import.c: events from Outlook, Google or any calendar as meetings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "nv-calendar-state.h"
#include "nv-history.h"
#include "nv-ical-export.h"
#include "nv-ical-import.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-util.h"

/* A calendar file larger than this is no list of meetings */
#define MAX_CALENDAR_SIZE (50 * 1024 * 1024)

void
nv_ical_import_result_clear (NvIcalImportResult *result)
{
  g_clear_pointer (&result->skipped, g_ptr_array_unref);
  g_clear_pointer (&result->calendar_name, g_free);
}

/* Text from a calendar may hold anything; the model keeps it as text */
static const char *
text_or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

static void
skip (NvIcalImportResult *result,
      const char         *summary,
      const char         *reason)
{
  g_ptr_array_add (result->skipped,
                   /* Translators: an event not imported, and why: "“Budget” was skipped: it has no start" */
                   g_strdup_printf (_("“%s” was skipped: %s"), summary ? summary : _("An event"), reason));
}

/* When the event starts, in Copenhagen: UTC, a time zone of the file or
 * the system's, a floating time (taken as Copenhagen's) or a whole day */
static gboolean
event_start (icalcomponent  *event,
             guint          *date,
             int            *start,
             const char    **reason)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalparameter *tzid = property ? icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER) : NULL;
  struct icaltimetype time;

  if (property == NULL)
    {
      *reason = _("it has no start");
      return FALSE;
    }

  time = icalcomponent_get_dtstart (event);
  if (icaltime_is_null_time (time) || !icaltime_is_valid_time (time) ||
      time.year < 1 || time.year > 9999)
    {
      *reason = _("its start is not a valid date");
      return FALSE;
    }

  if (tzid != NULL && time.zone == NULL)
    {
      /* Not in the file: the system's zone of that name, if there is one */
      icaltimezone *zone = icaltimezone_get_builtin_timezone (icalparameter_get_tzid (tzid));

      if (zone == NULL)
        {
          *reason = _("its time zone is unknown");
          return FALSE;
        }
      time.zone = zone;
    }

  /* libical takes 30 February and month 13 as they are */
  if (nv_date_from_ymd (time.year, time.month, time.day) == 0)
    {
      *reason = _("its start is not a valid date");
      return FALSE;
    }

  /* … and 25:61 too, which a floating time keeps as it is */
  if (!time.is_date && (time.hour > 23 || time.minute > 59 || time.second > 60))
    {
      *reason = _("its start is not a valid time of day");
      return FALSE;
    }

  if (time.is_date)
    {
      *date = nv_date_from_ymd (time.year, time.month, time.day);
      *start = -1;
      return TRUE;
    }

  if (time.zone != NULL || icaltime_is_utc (time))
    time = icaltime_convert_to_zone (time, nv_ical_copenhagen_zone ());

  *date = nv_date_from_ymd (time.year, time.month, time.day);
  *start = time.hour * 60 + time.minute;
  if (*date == 0)
    {
      *reason = _("its start is not a valid date");
      return FALSE;
    }
  return TRUE;
}

/* The length in minutes, from DTEND or DURATION; -1 when not a sensible one */
static int
event_length (icalcomponent *event)
{
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  int seconds;

  if (icaltime_is_null_time (end) || start.is_date)
    return -1;

  seconds = icaltime_as_timet_with_zone (end, end.zone ? end.zone : icaltimezone_get_utc_timezone ()) -
            icaltime_as_timet_with_zone (start, start.zone ? start.zone : icaltimezone_get_utc_timezone ());
  if (seconds <= 0 || seconds > NV_MINUTES_PER_DAY * 60)
    return -1;
  return seconds / 60;
}

static NvMeetingStatus
meeting_status (icalcomponent *event)
{
  switch (icalcomponent_get_status (event))
    {
    case ICAL_STATUS_CANCELLED:
      return NV_MEETING_STATUS_CANCELLED;
    case ICAL_STATUS_CONFIRMED:
      return NV_MEETING_STATUS_CONFIRMED;
    default:
      return NV_MEETING_STATUS_PLANNED;
    }
}

static NvReply
reply_of (icalproperty *attendee)
{
  icalparameter *partstat = icalproperty_get_first_parameter (attendee, ICAL_PARTSTAT_PARAMETER);

  switch (partstat ? icalparameter_get_partstat (partstat) : ICAL_PARTSTAT_NONE)
    {
    case ICAL_PARTSTAT_ACCEPTED:
      return NV_REPLY_ACCEPTED;
    case ICAL_PARTSTAT_DECLINED:
      return NV_REPLY_DECLINED;
    case ICAL_PARTSTAT_NEEDSACTION:
    case ICAL_PARTSTAT_TENTATIVE:
      return NV_REPLY_INVITED;
    default:
      return NV_REPLY_NONE;
    }
}

/* An attendee is someone in the plan with that address, or a new person */
static const char *
attendee_person (NvPlan       *plan,
                 icalproperty *attendee)
{
  const char *value = icalproperty_get_attendee (attendee);
  icalparameter *cn = icalproperty_get_first_parameter (attendee, ICAL_CN_PARAMETER);
  GListModel *people = nv_plan_get_people (plan);
  const char *email;
  g_autoptr(NvPerson) person = NULL;

  if (value == NULL || g_ascii_strncasecmp (value, "mailto:", 7) != 0 || value[7] == '\0')
    return NULL;
  email = value + 7;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      NvPerson *each = NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i));

      if (nv_person_get_email (each) != NULL && g_ascii_strcasecmp (nv_person_get_email (each), email) == 0)
        return nv_record_get_id (NV_RECORD (each));
    }

  person = nv_person_new ();
  g_free (nv_record_make_id (NV_RECORD (person)));
  nv_person_set_name (person, cn ? text_or_null (icalparameter_get_cn (cn)) : NULL);
  if (nv_person_get_name (person) == NULL)
    nv_person_set_name (person, email);
  nv_person_set_email (person, email);
  nv_record_list_append (NV_RECORD_LIST (people), NV_RECORD (person));
  return nv_record_get_id (NV_RECORD (person));
}

static icalparameter_partstat
exported_partstat (NvReply reply)
{
  switch (reply)
    {
    case NV_REPLY_ACCEPTED:
      return ICAL_PARTSTAT_ACCEPTED;
    case NV_REPLY_DECLINED:
      return ICAL_PARTSTAT_DECLINED;
    default:
      return ICAL_PARTSTAT_NEEDSACTION;
    }
}

/* @own: the event is one of ours; a reply there is news only if it is
 * not the one it was sent with */
static void
import_attendees (NvPlan        *plan,
                  NvMeeting     *meeting,
                  icalcomponent *event,
                  gboolean       own)
{
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      const char *person = attendee_person (plan, attendee);
      NvParticipant *existing = NULL;
      g_autoptr(NvParticipant) participant = NULL;

      if (person == NULL)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
        if (g_strcmp0 (nv_participant_get_person (NV_PARTICIPANT (nv_record_list_peek (participants, i))), person) == 0)
          existing = NV_PARTICIPANT (nv_record_list_peek (participants, i));

      if (existing != NULL)
        {
          icalparameter *partstat = icalproperty_get_first_parameter (attendee, ICAL_PARTSTAT_PARAMETER);

          if (!own || (partstat != NULL &&
                       icalparameter_get_partstat (partstat) != exported_partstat (nv_participant_get_reply (existing))))
            nv_participant_set_reply (existing, reply_of (attendee));
          continue;
        }
      if (own)
        continue;

      participant = nv_participant_new ();
      g_free (nv_record_make_id (NV_RECORD (participant)));
      nv_participant_set_person (participant, person);
      nv_participant_set_reply (participant, reply_of (attendee));
      nv_record_list_append (participants, NV_RECORD (participant));
    }
}

/* Every meeting of the plan by the UID it has in calendars, whichever
 * network it is in: an event already in the plan updates its meeting */
static GHashTable *
meetings_by_uid (NvPlan *plan)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *networks = nv_plan_get_networks (plan);

  for (guint n = 0; n < g_list_model_get_n_items (networks); n++)
    {
      NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (networks), n));
      GListModel *meetings = nv_network_get_meetings (network);

      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));

          g_hash_table_insert (table, nv_ical_meeting_uid (meeting), meeting);
        }
    }

  return table;
}

/* Whether @meeting went out as this event from this program: then SUMMARY
 * and DESCRIPTION are our own text, made from the meeting, and not news */
static gboolean
is_own_event (NvMeeting  *meeting,
              const char *uid)
{
  g_autofree char *own_uid = NULL;

  if (nv_calendar_state_get_uid (nv_meeting_get_calendar (meeting)) != NULL)
    return FALSE;
  own_uid = nv_ical_meeting_uid (meeting);
  return g_str_equal (own_uid, uid);
}

/* One of our own events back from a calendar: only what a calendar user
 * can change there comes back: when, how long, where, and whether it is
 * called off. The title, the sub-theme and the notes stay: SUMMARY and
 * DESCRIPTION are made from them, and would overwrite them with
 * themselves plus the network's name and the agenda. */
static void
update_own_meeting (NvMeeting     *meeting,
                    icalcomponent *event,
                    guint          date,
                    int            start)
{
  int length = event_length (event);
  icalproperty_status status = icalcomponent_get_status (event);

  if (nv_meeting_get_date (meeting) != date)
    nv_meeting_set_date (meeting, date);
  if (nv_meeting_get_start (meeting) != start)
    nv_meeting_set_start (meeting, start);
  /* The length exported is worked out from the agenda: only another one is news */
  if (length > 0 && length != nv_ical_meeting_length (meeting))
    nv_meeting_set_duration (meeting, length);
  if (g_strcmp0 (nv_meeting_get_location (meeting), text_or_null (icalcomponent_get_location (event))) != 0)
    nv_meeting_set_location (meeting, text_or_null (icalcomponent_get_location (event)));
  if (status != ICAL_STATUS_NONE && status != (icalproperty_status) nv_ical_meeting_status (meeting))
    nv_meeting_set_status (meeting, meeting_status (event));
}

/* Whether @event can become a meeting, and if not, why not. A property
 * libical could not read (Google writes empty DESCRIPTION lines) only
 * loses that property: the UID and the start are what an event needs. */
static gboolean
check_event (icalcomponent  *event,
             guint          *date,
             int            *start,
             const char    **reason)
{
  if (text_or_null (icalcomponent_get_uid (event)) == NULL)
    *reason = _("it has no UID");
  /* A repeating event is many meetings under one UID, and a meeting
   * here has a UID of its own: such events are left out, and said so */
  else if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
           icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    *reason = _("it repeats, and only single events can be imported; add its meetings one by one or plan them as a series");
  else if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
    *reason = _("it is one changed date of a repeating event, and only single events can be imported");
  else if (!event_start (event, date, start, reason))
    ;
  else
    return TRUE;

  return FALSE;
}

/* What an event says of the meeting it became */
static void
set_from_event (NvPlan        *plan,
                NvMeeting     *meeting,
                icalcomponent *event,
                guint          date,
                int            start)
{
  const char *summary = text_or_null (icalcomponent_get_summary (event));

  nv_meeting_set_title (meeting, summary ? summary : _("Imported meeting"));
  nv_meeting_set_date (meeting, date);
  nv_meeting_set_start (meeting, start);
  nv_meeting_set_duration (meeting, event_length (event));
  nv_meeting_set_location (meeting, text_or_null (icalcomponent_get_location (event)));
  nv_meeting_set_notes (meeting, text_or_null (icalcomponent_get_description (event)));
  nv_meeting_set_status (meeting, meeting_status (event));
  import_attendees (plan, meeting, event, FALSE);
}

/* An event imported before, or our own: counted as updated only when it
 * brought a change, so importing the same calendar again says so */
static void
update_meeting (NvPlan             *plan,
                NvMeeting          *meeting,
                icalcomponent      *event,
                guint               date,
                int                 start,
                NvIcalImportResult *result)
{
  g_autoptr(NvRecord) before = nv_record_copy (NV_RECORD (meeting));

  if (is_own_event (meeting, icalcomponent_get_uid (event)))
    {
      update_own_meeting (meeting, event, date, start);
      import_attendees (plan, meeting, event, TRUE);
    }
  else
    set_from_event (plan, meeting, event, date, start);

  if (!nv_record_equal (before, NV_RECORD (meeting)))
    result->updated++;
}

static void
import_event (NvPlan             *plan,
              NvNetwork         **network,
              GHashTable         *known,
              icalcomponent      *event,
              guint               date,
              int                 start,
              NvIcalImportResult *result)
{
  const char *uid = icalcomponent_get_uid (event);
  NvMeeting *known_meeting = g_hash_table_lookup (known, uid);
  g_autoptr(NvMeeting) created = NULL;

  if (known_meeting != NULL)
    {
      update_meeting (plan, known_meeting, event, date, start, result);
      return;
    }

  created = nv_meeting_new ();
  g_free (nv_record_make_id (NV_RECORD (created)));
  nv_calendar_state_set_uid (nv_meeting_get_calendar (created), uid);
  set_from_event (plan, created, event, date, start);
  result->added++;

  /* A new network, named after the calendar, only for new meetings */
  if (*network == NULL)
    {
      g_autoptr(NvNetwork) new_network = nv_network_new ();

      g_free (nv_record_make_id (NV_RECORD (new_network)));
      nv_network_set_name (new_network, result->calendar_name ? result->calendar_name : _("Imported calendar"));
      nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (new_network));
      *network = new_network;
    }
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (*network)), NV_RECORD (created));
  g_hash_table_insert (known, g_strdup (uid), created);
}

static char *
calendar_name (icalcomponent *calendar)
{
  for (icalproperty *property = icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (calendar, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (property), "X-WR-CALNAME") == 0)
      return g_strdup (text_or_null (icalproperty_get_x (property)));

  return NULL;
}

/* Joins folded lines (RFC 5545, 3.1): a fold may split a character, so
 * this comes before the text is checked as UTF-8 */
static char *
unfold (const char *data,
        gsize       length)
{
  GString *text = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\r' && i + 2 < length && data[i + 1] == '\n' && (data[i + 2] == ' ' || data[i + 2] == '\t'))
        i += 2;
      else if (data[i] == '\n' && i + 1 < length && (data[i + 1] == ' ' || data[i + 1] == '\t'))
        i += 1;
      else
        g_string_append_c (text, data[i]);
    }

  return g_string_free (text, FALSE);
}

/* RFC 5545 escapes only \\ \; \, and \n. libical 3.0.16 unescapes any
 * other backslash a byte at a time: "\ø" would lose half of the "ø" and
 * leave text that is not UTF-8. Such a backslash stands for nothing:
 * it goes, and the letter after it stays whole. */
static void
drop_stray_escapes (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; in++)
    {
      if (in[0] == '\\' && in[1] == '\\')
        {
          *out++ = *in++;
          *out++ = *in;
          continue;
        }
      if (in[0] == '\\' && (guchar) in[1] >= 0x80)
        continue;
      *out++ = *in;
    }
  *out = '\0';
}

static gboolean
contains_keyword (const char *text,
                  const char *keyword)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  g_autofree char *lower_keyword = g_ascii_strdown (keyword, -1);

  return strstr (lower, lower_keyword) != NULL;
}

/* The whole file must be a calendar; a bad event only loses itself */
static icalcomponent *
parse_calendar (const char  *data,
                gsize        length,
                GError     **error)
{
  g_autofree char *text = NULL;
  const char *start;
  icalcomponent *calendar;

  if (length > MAX_CALENDAR_SIZE)
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID, _("The file is too large to be a calendar"));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    goto not_a_calendar;

  /* A byte-order mark is not iCalendar, but some programs write one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  text = unfold (data, length);
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID,
                   _("The calendar is not UTF-8 text; export it from the calendar program again as UTF-8"));
      return NULL;
    }
  drop_stray_escapes (text);

  for (start = text; g_ascii_isspace (*start); start++)
    ;
  if (g_ascii_strncasecmp (start, "BEGIN:VCALENDAR", strlen ("BEGIN:VCALENDAR")) != 0)
    goto not_a_calendar;

  if (!contains_keyword (text, "END:VCALENDAR"))
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID,
                   _("The calendar is incomplete: it does not end with END:VCALENDAR"));
      return NULL;
    }

  calendar = icalparser_parse_string (text);
  if (calendar != NULL && icalcomponent_isa (calendar) == ICAL_VCALENDAR_COMPONENT)
    return calendar;
  if (calendar != NULL)
    icalcomponent_free (calendar);

not_a_calendar:
  g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID, _("The file is not an iCalendar file"));
  return NULL;
}

/**
 * nv_ical_import:
 * @network: (nullable): where the meetings go; %NULL for a new network
 *   named after the calendar
 * @result: (out caller-allocates): what was added, updated and skipped;
 *   clear it with nv_ical_import_result_clear() after a success
 *
 * Adds the events of an iCalendar file as meetings, as one step that
 * undoes as one. An event already in the plan (the same UID, imported or
 * exported before, in any network) updates its meeting instead of being
 * added again; one of our own exported events changes only what a
 * calendar can change (date, time, length, place, status). A new
 * network is made only when a new meeting needs one. Events that cannot be read are skipped and
 * listed in @result; a file that is not a calendar adds nothing.
 */
gboolean
nv_ical_import (NvPlan              *plan,
                NvNetwork           *network,
                const char          *data,
                gsize                length,
                NvIcalImportResult  *result,
                GError             **error)
{
  NvHistory *history = nv_plan_get_history (plan);
  g_autoptr(GHashTable) known = NULL;
  icalcomponent *calendar;
  guint n_events, n_importable = 0;

  g_return_val_if_fail (NV_IS_PLAN (plan), FALSE);

  memset (result, 0, sizeof *result);
  result->skipped = g_ptr_array_new_with_free_func (g_free);

  calendar = parse_calendar (data, length, error);
  if (calendar == NULL)
    {
      nv_ical_import_result_clear (result);
      return FALSE;
    }

  result->calendar_name = calendar_name (calendar);
  n_events = icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT);

  /* First look at every event: the plan changes only if some can come in */
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *reason = NULL;
      guint date;
      int start;

      if (check_event (event, &date, &start, &reason))
        n_importable++;
      else
        skip (result, text_or_null (icalcomponent_get_summary (event)), reason);
    }

  if (n_importable == 0)
    {
      if (n_events == 0)
        g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOTHING, _("The calendar has no events"));
      else
        {
          g_autofree char *reasons = nv_ical_import_skipped_text (result);

          g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOTHING,
                       /* Translators: %s is a list of lines, each an event and why it was skipped */
                       _("No event in the calendar could be imported:\n%s"), reasons);
        }
      nv_ical_import_result_clear (result);
      icalcomponent_free (calendar);
      return FALSE;
    }

  known = meetings_by_uid (plan);
  nv_history_begin_group (history, _("Import Calendar"));

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *reason = NULL;
      guint date;
      int start;

      if (check_event (event, &date, &start, &reason))
        import_event (plan, &network, known, event, date, start, result);
    }

  nv_history_end_group (history);
  icalcomponent_free (calendar);
  return TRUE;
}

/* At most this many skipped events are listed one by one */
#define MAX_LISTED_SKIPPED 10

/**
 * nv_ical_import_skipped_text:
 *
 * The events @result skipped, one a line with the reason, for a message.
 *
 * Returns: (transfer full): the lines
 */
char *
nv_ical_import_skipped_text (NvIcalImportResult *result)
{
  GString *text = g_string_new (NULL);
  guint n = result->skipped ? result->skipped->len : 0;

  for (guint i = 0; i < MIN (n, MAX_LISTED_SKIPPED); i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (result->skipped, i));
    }

  if (n > MAX_LISTED_SKIPPED)
    {
      guint more = n - MAX_LISTED_SKIPPED;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: after a list of skipped events */
                                                 "… and %u more event was skipped",
                                                 "… and %u more events were skipped", more), more);
    }

  return g_string_free (text, FALSE);
}

/**
 * nv_ical_import_file:
 *
 * nv_ical_import() on the contents of @file. A file too large to be a
 * calendar is refused before it is read, so that a wrong choice (a
 * video, a disk image) cannot exhaust memory.
 */
gboolean
nv_ical_import_file (NvPlan              *plan,
                     NvNetwork           *network,
                     GFile               *file,
                     NvIcalImportResult  *result,
                     GError             **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > MAX_CALENDAR_SIZE)
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID, _("The file is too large to be a calendar"));
      return FALSE;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_IO,
                   _("Could not read the calendar: %s"), local_error->message);
      return FALSE;
    }

  return nv_ical_import (plan, network, contents, length, result, error);
}
