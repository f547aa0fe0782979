/* nv-calendar-state.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-calendar-state.h"

/* What the last iCalendar export of a meeting sent. */
struct _NvCalendarState
{
  NvRecord parent_instance;

  int sequence;
  char *digest;
  char *uid;
};

G_DEFINE_FINAL_TYPE (NvCalendarState, nv_calendar_state, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SEQUENCE,
  PROP_DIGEST,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_calendar_state_class_init (NvCalendarStateClass *klass)
{
  properties[PROP_SEQUENCE] =
    nv_field_int ("sequence", N_("Sequence"), 0, G_MAXINT, 0, G_STRUCT_OFFSET (NvCalendarState, sequence));
  properties[PROP_DIGEST] =
    nv_field_string ("digest", N_("Digest"), G_STRUCT_OFFSET (NvCalendarState, digest));
  properties[PROP_UID] =
    nv_field_string ("uid", N_("Imported UID"), G_STRUCT_OFFSET (NvCalendarState, uid));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), NULL, N_PROPS, properties);
}

static void
nv_calendar_state_init (NvCalendarState *self)
{
}

NvCalendarState *
nv_calendar_state_new (void)
{
  return g_object_new (NV_TYPE_CALENDAR_STATE, NULL);
}

int
nv_calendar_state_get_sequence (NvCalendarState *self)
{
  g_return_val_if_fail (NV_IS_CALENDAR_STATE (self), 0);

  return self->sequence;
}

void
nv_calendar_state_set_sequence (NvCalendarState *self,
                                int sequence)
{
  g_return_if_fail (NV_IS_CALENDAR_STATE (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_SEQUENCE], sequence);
}

const char *
nv_calendar_state_get_digest (NvCalendarState *self)
{
  g_return_val_if_fail (NV_IS_CALENDAR_STATE (self), NULL);

  return self->digest;
}

void
nv_calendar_state_set_digest (NvCalendarState *self,
                              const char *digest)
{
  g_return_if_fail (NV_IS_CALENDAR_STATE (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_DIGEST], digest);
}

const char *
nv_calendar_state_get_uid (NvCalendarState *self)
{
  g_return_val_if_fail (NV_IS_CALENDAR_STATE (self), NULL);

  return self->uid;
}

void
nv_calendar_state_set_uid (NvCalendarState *self,
                           const char *uid)
{
  g_return_if_fail (NV_IS_CALENDAR_STATE (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_UID], uid);
}
