/* nv-participant.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-participant.h"
#include "nv-person.h"

/* A person taking part in one meeting, and how. */
struct _NvParticipant
{
  NvRecord parent_instance;

  char *person;
  char *contribution;
  char *involvement;
  NvReply reply;
  NvAttendance attendance;
};

G_DEFINE_FINAL_TYPE (NvParticipant, nv_participant, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_CONTRIBUTION,
  PROP_INVOLVEMENT,
  PROP_REPLY,
  PROP_ATTENDANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_participant_class_init (NvParticipantClass *klass)
{
  properties[PROP_PERSON] =
    nv_field_set_required (nv_field_ref ("person", N_("Person"), NV_TYPE_PERSON,
                                         G_STRUCT_OFFSET (NvParticipant, person)));
  properties[PROP_CONTRIBUTION] =
    nv_field_string ("contribution", N_("Contribution"), G_STRUCT_OFFSET (NvParticipant, contribution));
  properties[PROP_INVOLVEMENT] =
    nv_field_string ("involvement", N_("Involvement"), G_STRUCT_OFFSET (NvParticipant, involvement));
  properties[PROP_REPLY] =
    nv_field_enum ("reply", N_("Reply"), NV_TYPE_REPLY, G_STRUCT_OFFSET (NvParticipant, reply));
  properties[PROP_ATTENDANCE] =
    nv_field_enum ("attendance", N_("Attendance"), NV_TYPE_ATTENDANCE, G_STRUCT_OFFSET (NvParticipant, attendance));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "pt", N_PROPS, properties);
}

static void
nv_participant_init (NvParticipant *self)
{
}

NvParticipant *
nv_participant_new (void)
{
  return g_object_new (NV_TYPE_PARTICIPANT, NULL);
}

const char *
nv_participant_get_person (NvParticipant *self)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (self), NULL);

  return self->person;
}

void
nv_participant_set_person (NvParticipant *self,
                           const char *person)
{
  g_return_if_fail (NV_IS_PARTICIPANT (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_PERSON], person);
}

const char *
nv_participant_get_contribution (NvParticipant *self)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (self), NULL);

  return self->contribution;
}

void
nv_participant_set_contribution (NvParticipant *self,
                                 const char *contribution)
{
  g_return_if_fail (NV_IS_PARTICIPANT (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CONTRIBUTION], contribution);
}

const char *
nv_participant_get_involvement (NvParticipant *self)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (self), NULL);

  return self->involvement;
}

void
nv_participant_set_involvement (NvParticipant *self,
                                const char *involvement)
{
  g_return_if_fail (NV_IS_PARTICIPANT (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_INVOLVEMENT], involvement);
}

NvReply
nv_participant_get_reply (NvParticipant *self)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (self), 0);

  return self->reply;
}

void
nv_participant_set_reply (NvParticipant *self,
                          NvReply reply)
{
  g_return_if_fail (NV_IS_PARTICIPANT (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_REPLY], reply);
}

NvAttendance
nv_participant_get_attendance (NvParticipant *self)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (self), 0);

  return self->attendance;
}

void
nv_participant_set_attendance (NvParticipant *self,
                               NvAttendance attendance)
{
  g_return_if_fail (NV_IS_PARTICIPANT (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_ATTENDANCE], attendance);
}
