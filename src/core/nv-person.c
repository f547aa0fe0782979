/* nv-person.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-person.h"

/* A person the plan mentions: a participant, member or organiser. */
struct _NvPerson
{
  NvRecord parent_instance;

  char *name;
  char *organisation;
  char *role;
  char *email;
  char *phone;
  char *notes;
};

G_DEFINE_FINAL_TYPE (NvPerson, nv_person, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_person_class_init (NvPersonClass *klass)
{
  properties[PROP_NAME] =
    nv_field_string ("name", N_("Name"), G_STRUCT_OFFSET (NvPerson, name));
  properties[PROP_ORGANISATION] =
    nv_field_string ("organisation", N_("Organisation"), G_STRUCT_OFFSET (NvPerson, organisation));
  properties[PROP_ROLE] =
    nv_field_string ("role", N_("Role or level"), G_STRUCT_OFFSET (NvPerson, role));
  properties[PROP_EMAIL] =
    nv_field_string ("email", N_("E-mail"), G_STRUCT_OFFSET (NvPerson, email));
  properties[PROP_PHONE] =
    nv_field_string ("phone", N_("Phone"), G_STRUCT_OFFSET (NvPerson, phone));
  properties[PROP_NOTES] =
    nv_field_string ("notes", N_("Notes"), G_STRUCT_OFFSET (NvPerson, notes));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "p", N_PROPS, properties);
}

static void
nv_person_init (NvPerson *self)
{
}

NvPerson *
nv_person_new (void)
{
  return g_object_new (NV_TYPE_PERSON, NULL);
}

const char *
nv_person_get_name (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->name;
}

void
nv_person_set_name (NvPerson *self,
                    const char *name)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NAME], name);
}

const char *
nv_person_get_organisation (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->organisation;
}

void
nv_person_set_organisation (NvPerson *self,
                            const char *organisation)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_ORGANISATION], organisation);
}

const char *
nv_person_get_role (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->role;
}

void
nv_person_set_role (NvPerson *self,
                    const char *role)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_ROLE], role);
}

const char *
nv_person_get_email (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->email;
}

void
nv_person_set_email (NvPerson *self,
                     const char *email)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_EMAIL], email);
}

const char *
nv_person_get_phone (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->phone;
}

void
nv_person_set_phone (NvPerson *self,
                     const char *phone)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_PHONE], phone);
}

const char *
nv_person_get_notes (NvPerson *self)
{
  g_return_val_if_fail (NV_IS_PERSON (self), NULL);

  return self->notes;
}

void
nv_person_set_notes (NvPerson *self,
                     const char *notes)
{
  g_return_if_fail (NV_IS_PERSON (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NOTES], notes);
}
