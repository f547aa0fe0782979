/* nv-meeting.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-meeting.h"
#include "nv-action-item.h"
#include "nv-agenda-item.h"
#include "nv-calendar-state.h"
#include "nv-invitation.h"
#include "nv-minutes.h"
#include "nv-participant.h"
#include "nv-person.h"

/* One meeting of a network's series. */
struct _NvMeeting
{
  NvRecord parent_instance;

  char *title;
  char *subtheme;
  NvMeetingKind kind;
  guint date;
  int start;
  int duration;
  char *location;
  NvMeetingStatus status;
  char *catering;
  char *notes;
  char *chair;
  char *minute_taker;
  char *host;
  char *boundary_keeper;
  char **theme_leads;
  NvInvitation *invitation;
  NvMinutes *minutes;
  NvCalendarState *calendar;
  NvRecordList *participants;
  NvRecordList *agenda;
  NvRecordList *actions;
};

G_DEFINE_FINAL_TYPE (NvMeeting, nv_meeting, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTHEME,
  PROP_KIND,
  PROP_DATE,
  PROP_START,
  PROP_DURATION,
  PROP_LOCATION,
  PROP_STATUS,
  PROP_CATERING,
  PROP_NOTES,
  PROP_CHAIR,
  PROP_MINUTE_TAKER,
  PROP_HOST,
  PROP_BOUNDARY_KEEPER,
  PROP_THEME_LEADS,
  PROP_INVITATION,
  PROP_MINUTES,
  PROP_CALENDAR,
  PROP_PARTICIPANTS,
  PROP_AGENDA,
  PROP_ACTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Bumped whenever a meeting's place in the order of its series may
 * have changed: a window keeps its lists in date order by comparing it,
 * instead of looking at every meeting after every edit */
static guint schedule_generation;

static void
nv_meeting_field_changed (NvRecord   *record,
                          GParamSpec *pspec)
{
  if (pspec == properties[PROP_DATE] || pspec == properties[PROP_START])
    g_atomic_int_inc (&schedule_generation);
}

/**
 * nv_meeting_schedule_generation:
 *
 * Returns: a number that changes whenever any meeting's date or start
 *   time changes
 */
guint
nv_meeting_schedule_generation (void)
{
  return (guint) g_atomic_int_get (&schedule_generation);
}

static void
nv_meeting_class_init (NvMeetingClass *klass)
{
  properties[PROP_TITLE] =
    nv_field_string ("title", N_("Title"), G_STRUCT_OFFSET (NvMeeting, title));
  properties[PROP_SUBTHEME] =
    nv_field_string ("subtheme", N_("Sub-theme"), G_STRUCT_OFFSET (NvMeeting, subtheme));
  properties[PROP_KIND] =
    nv_field_enum ("kind", N_("Kind"), NV_TYPE_MEETING_KIND, G_STRUCT_OFFSET (NvMeeting, kind));
  properties[PROP_DATE] =
    nv_field_date ("date", N_("Date"), G_STRUCT_OFFSET (NvMeeting, date));
  properties[PROP_START] =
    nv_field_time ("start", N_("Start"), G_STRUCT_OFFSET (NvMeeting, start));
  properties[PROP_DURATION] =
    nv_field_duration ("duration", N_("Length"), G_STRUCT_OFFSET (NvMeeting, duration));
  properties[PROP_LOCATION] =
    nv_field_string ("location", N_("Place"), G_STRUCT_OFFSET (NvMeeting, location));
  properties[PROP_STATUS] =
    nv_field_enum ("status", N_("Status"), NV_TYPE_MEETING_STATUS, G_STRUCT_OFFSET (NvMeeting, status));
  properties[PROP_CATERING] =
    nv_field_string ("catering", N_("Catering"), G_STRUCT_OFFSET (NvMeeting, catering));
  properties[PROP_NOTES] =
    nv_field_string ("notes", N_("Notes"), G_STRUCT_OFFSET (NvMeeting, notes));
  properties[PROP_CHAIR] =
    nv_field_ref ("chair", N_("Chair"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvMeeting, chair));
  properties[PROP_MINUTE_TAKER] =
    nv_field_ref ("minute-taker", N_("Minute-taker"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvMeeting, minute_taker));
  properties[PROP_HOST] =
    nv_field_ref ("host", N_("Host"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvMeeting, host));
  properties[PROP_BOUNDARY_KEEPER] =
    nv_field_ref ("boundary-keeper", N_("Boundary keeper"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvMeeting, boundary_keeper));
  properties[PROP_THEME_LEADS] =
    nv_field_ref_list ("theme-leads", N_("Theme leads"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvMeeting, theme_leads));
  properties[PROP_INVITATION] =
    nv_field_record ("invitation", N_("Invitation"), NV_TYPE_INVITATION, G_STRUCT_OFFSET (NvMeeting, invitation));
  properties[PROP_MINUTES] =
    nv_field_record ("minutes", N_("Minutes"), NV_TYPE_MINUTES, G_STRUCT_OFFSET (NvMeeting, minutes));
  properties[PROP_CALENDAR] =
    nv_field_record ("calendar", N_("Calendar"), NV_TYPE_CALENDAR_STATE, G_STRUCT_OFFSET (NvMeeting, calendar));
  properties[PROP_PARTICIPANTS] =
    nv_field_list ("participants", N_("Participants"), NV_TYPE_PARTICIPANT, G_STRUCT_OFFSET (NvMeeting, participants));
  properties[PROP_AGENDA] =
    nv_field_list ("agenda", N_("Agenda"), NV_TYPE_AGENDA_ITEM, G_STRUCT_OFFSET (NvMeeting, agenda));
  properties[PROP_ACTIONS] =
    nv_field_list ("actions", N_("Action items"), NV_TYPE_ACTION_ITEM, G_STRUCT_OFFSET (NvMeeting, actions));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "m", N_PROPS, properties);
  NV_RECORD_CLASS (klass)->field_changed = nv_meeting_field_changed;
}

static void
nv_meeting_init (NvMeeting *self)
{
}

NvMeeting *
nv_meeting_new (void)
{
  return g_object_new (NV_TYPE_MEETING, NULL);
}

const char *
nv_meeting_get_title (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->title;
}

/**
 * nv_meeting_get_name:
 *
 * Returns: the title, or words that say the meeting has none, for lists
 *   and headings
 */
const char *
nv_meeting_get_name (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->title != NULL ? self->title : _("Untitled meeting");
}

void
nv_meeting_set_title (NvMeeting *self,
                      const char *title)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_TITLE], title);
}

const char *
nv_meeting_get_subtheme (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->subtheme;
}

void
nv_meeting_set_subtheme (NvMeeting *self,
                         const char *subtheme)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_SUBTHEME], subtheme);
}

NvMeetingKind
nv_meeting_get_kind (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), 0);

  return self->kind;
}

void
nv_meeting_set_kind (NvMeeting *self,
                     NvMeetingKind kind)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_KIND], kind);
}

guint
nv_meeting_get_date (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), 0);

  return self->date;
}

void
nv_meeting_set_date (NvMeeting *self,
                     guint date)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_DATE], date);
}

int
nv_meeting_get_start (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), 0);

  return self->start;
}

void
nv_meeting_set_start (NvMeeting *self,
                      int start)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_START], start);
}

int
nv_meeting_get_duration (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), 0);

  return self->duration;
}

void
nv_meeting_set_duration (NvMeeting *self,
                         int duration)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_DURATION], duration);
}

const char *
nv_meeting_get_location (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->location;
}

void
nv_meeting_set_location (NvMeeting *self,
                         const char *location)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LOCATION], location);
}

NvMeetingStatus
nv_meeting_get_status (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), 0);

  return self->status;
}

void
nv_meeting_set_status (NvMeeting *self,
                       NvMeetingStatus status)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_STATUS], status);
}

const char *
nv_meeting_get_catering (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->catering;
}

void
nv_meeting_set_catering (NvMeeting *self,
                         const char *catering)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CATERING], catering);
}

const char *
nv_meeting_get_chair (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->chair;
}

void
nv_meeting_set_chair (NvMeeting *self,
                      const char *chair)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CHAIR], chair);
}

const char *
nv_meeting_get_minute_taker (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->minute_taker;
}

void
nv_meeting_set_minute_taker (NvMeeting *self,
                             const char *minute_taker)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_MINUTE_TAKER], minute_taker);
}

const char *
nv_meeting_get_host (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->host;
}

void
nv_meeting_set_host (NvMeeting *self,
                     const char *host)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_HOST], host);
}

const char *
nv_meeting_get_boundary_keeper (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->boundary_keeper;
}

void
nv_meeting_set_boundary_keeper (NvMeeting *self,
                                const char *boundary_keeper)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_BOUNDARY_KEEPER], boundary_keeper);
}

const char * const *
nv_meeting_get_theme_leads (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return (const char * const *) self->theme_leads;
}

void
nv_meeting_set_theme_leads (NvMeeting *self,
                            const char * const *theme_leads)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_strv (NV_RECORD (self), properties[PROP_THEME_LEADS], theme_leads);
}

NvInvitation *
nv_meeting_get_invitation (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->invitation;
}

NvMinutes *
nv_meeting_get_minutes (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->minutes;
}

NvCalendarState *
nv_meeting_get_calendar (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->calendar;
}

GListModel *
nv_meeting_get_participants (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->participants);
}

GListModel *
nv_meeting_get_agenda (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

GListModel *
nv_meeting_get_actions (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * nv_meeting_compare:
 *
 * The order of a series: by date, then start; meetings without a date
 * come last.
 *
 * Returns: negative if @a comes first, positive if @b does, 0 if the
 * dates and starts are the same
 */
int
nv_meeting_compare (NvMeeting *a,
                    NvMeeting *b)
{
  if (a->date != b->date)
    {
      if (a->date == 0 || b->date == 0)
        return a->date == 0 ? 1 : -1;
      return a->date < b->date ? -1 : 1;
    }

  return (a->start > b->start) - (a->start < b->start);
}

const char *
nv_meeting_get_notes (NvMeeting *self)
{
  g_return_val_if_fail (NV_IS_MEETING (self), NULL);

  return self->notes;
}

void
nv_meeting_set_notes (NvMeeting  *self,
                      const char *notes)
{
  g_return_if_fail (NV_IS_MEETING (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NOTES], notes);
}
